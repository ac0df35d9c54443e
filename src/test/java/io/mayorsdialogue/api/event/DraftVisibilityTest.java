package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** A DRAFT event is the organiser's alone: to everyone else it, and everything under it, does not exist. */
@QuarkusTest
class DraftVisibilityTest extends ApiTest {

    @Test
    void draftsAreHiddenFromAnyoneButTheOrganiser() {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Draft host " + unique(), "JP", "Asia/Tokyo");
        String draft = Fixtures.draftEvent("Secret plan " + unique(), host);
        Partners.Partner partner = Partners.create("JP", "Draft reader " + unique());
        for (String path : new String[] {"/events/" + draft, "/events/" + draft + "/topics", "/events/" + draft + "/attendees",
                "/events/" + draft + "/sessions", "/events/" + draft + "/stats", "/events/" + draft + "/calendar.ics"}) {
            given().get(path).then().statusCode(404);
            asPartner(partner.apiKey()).get(path).then().statusCode(404);
        }
        given().queryParam("hostCityId", host).get("/events").then().statusCode(200).body("items", empty());
        given().queryParam("status", "DRAFT").get("/events").then().body("items", empty());
        asOrganiser().get("/events/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        asOrganiser().queryParam("hostCityId", host).get("/events").then().body("items.id", contains(draft));
    }

    /** An attendee page is read in one statement that carries the draft condition itself (AttendeeService.list). */
    @Test
    void aDraftsAttendeesAreHiddenEvenWhenItHasSome() {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Draft attended host " + unique(), "JP", "Asia/Tokyo");
        String mayor = Fixtures.mayor("Draft attendee " + unique(), host);
        String draft = Fixtures.draftEvent("Attended secret " + unique(), host);
        asOrganiser().put("/events/" + draft + "/attendees/" + mayor).then().statusCode(204);
        Partners.Partner partner = Partners.create("JP", "Draft attendee reader " + unique());
        given().get("/events/" + draft + "/attendees").then().statusCode(404);
        asPartner(partner.apiKey()).get("/events/" + draft + "/attendees").then().statusCode(404);
        asOrganiser().get("/events/" + draft + "/attendees").then().statusCode(200).body("items.mayorId", contains(mayor));
    }
}
