package io.mayorsdialogue.api.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

/** A partner city with a key, and an event open for registration: the set-up of every registration test. */
public final class Partners {

    private Partners() {
    }

    public record Partner(String id, String cityId, String apiKey, String mayorId) {
    }

    /** A new city in {@code country} with one mayor and a partner key for it. */
    public static Partner create(String country, String cityName) {
        String cityId = Fixtures.city(cityName, country, "Asia/Tokyo");
        String mayorId = Fixtures.mayor("Mayor of " + cityName, cityId);
        var created = RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("cityId", cityId, "name", "International office of " + cityName))
                .post("/partners")
                .then().statusCode(201).extract();
        return new Partner(created.path("id"), cityId, created.path("apiKey"), mayorId);
    }

    /** An OPEN event in the future, registration deadline ahead, with the given capacity (null: unlimited). */
    public static String openEvent(String name, String hostCityId, Integer capacity) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "name", name, "hostCityId", hostCityId, "status", "OPEN",
                "startsAt", Dates.inDays(90, "09:00"), "endsAt", Dates.inDays(90, "17:30"),
                "registrationDeadline", Dates.inDays(60, "23:59"), "topicIds", List.of()));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(body).post("/events").then().statusCode(201).extract().path("id");
    }

    /** The smallest valid registration: the partner's own mayor heads the delegation. */
    public static Map<String, Object> delegation(Partner p) {
        return Map.of("headMayorId", p.mayorId(), "delegates",
                List.of(Map.of("fullName", "Interpreter " + p.cityId().substring(0, 6), "role", "INTERPRETER",
                        "email", "interpreter@example.org", "languages", List.of("ja", "zh"))));
    }
}
