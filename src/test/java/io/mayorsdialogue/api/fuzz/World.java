package io.mayorsdialogue.api.fuzz;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dialogue;
import io.mayorsdialogue.api.support.Partners;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

/**
 * Real rows for the fuzzed requests to reach: an OPEN event with a topic, its host city and mayor, two partner
 * cities with keys and confirmed delegations, a session, a requested meeting, a webhook, and a spare partner. Without them nearly
 * every request would stop at a 404 and the code behind it would go untried.
 */
record World(Dialogue dialogue, String registration, String session, String meeting, String webhook, String sparePartner) {

    static World create() {
        Dialogue d = Dialogue.create();
        String session = organiser().body(Map.of("title", "Fuzzed panel " + ApiTest.unique(), "format", "PANEL",
                        "startsAt", Dialogue.at("10:00"), "endsAt", Dialogue.at("11:00"), "topicId", d.topic(),
                        "panelistMayorIds", List.of(d.first().mayorId()), "languages", List.of("zh", "en")))
                .post("/events/" + d.event() + "/sessions").then().statusCode(201).extract().path("id");
        String meeting = RestAssured.given().header("Authorization", "Bearer " + d.first().apiKey()).contentType(ContentType.JSON)
                .body(Map.of("requesterMayorId", d.first().mayorId(), "counterpartMayorId", d.second().mayorId(),
                        "startsAt", Dialogue.at("14:00"), "endsAt", Dialogue.at("14:30"), "languages", List.of("ja", "ko")))
                .post("/events/" + d.event() + "/meetings").then().statusCode(201).extract().path("id");
        String webhook = organiser().body(Map.of("url", "http://127.0.0.1:9/fuzz", "events", List.of("event.updated")))
                .post("/webhooks").then().statusCode(201).extract().path("id");
        String registration = organiser().get("/events/" + d.event() + "/registrations").then().statusCode(200).extract()
                .path("items[0].id");
        // the partner whose key the fuzzed revocations may take, so that the one sending requests keeps its key
        String sparePartner = Partners.create("JP", "Fuzzed spare " + ApiTest.unique()).id();
        return new World(d, registration, session, meeting, webhook, sparePartner);
    }

    /** The real id for a path parameter of {@code path}, e.g. {id} of /cities/{id} is a city. */
    String idFor(String path, String parameter) {
        return switch (parameter) {
            case "code" -> "JP";
            case "registrationId" -> registration;
            case "sessionId" -> session;
            case "meetingId" -> meeting;
            case "topicId" -> dialogue.topic();
            case "mayorId" -> dialogue.hostMayor();
            case "partnerCityId" -> dialogue.first().cityId();
            default -> path.startsWith("/cities") ? dialogue.hostCity()
                    : path.startsWith("/mayors") ? dialogue.hostMayor()
                    : path.startsWith("/topics") ? dialogue.topic()
                    : path.startsWith("/partners") ? sparePartner
                    : path.startsWith("/webhooks") ? webhook
                    : dialogue.event();
        };
    }

    /** A value for a body field that names another row, so that valid bodies can pass the service's checks. */
    String idForField(String field) {
        return switch (field) {
            case "hostCityId", "cityId", "partnerCityId" -> dialogue.hostCity();
            case "mayorId", "headMayorId", "moderatorMayorId", "requesterMayorId" -> dialogue.first().mayorId();
            case "counterpartMayorId" -> dialogue.second().mayorId();
            case "topicId" -> dialogue.topic();
            case "eventId" -> dialogue.event();
            default -> null;
        };
    }

    private static RequestSpecification organiser() {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON);
    }
}
