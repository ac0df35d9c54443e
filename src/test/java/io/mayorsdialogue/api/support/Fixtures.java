package io.mayorsdialogue.api.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.is;

/** Creates catalogue entries through the API, as a client would, and returns their ids. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Countries are a closed set (ISO codes), so tests share them: created by the first test that needs one, found
     * by the others. A country that exists under another name is a fixture clash, not something to ignore.
     */
    public static String country(String code, String name) {
        var existing = RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).get("/countries/" + code);
        if (existing.statusCode() == 200) {
            existing.then().body("name", is(name));
            return code;
        }
        existing.then().statusCode(404);
        RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name))
                .post("/countries")
                .then().statusCode(201);
        return code;
    }

    public static String city(String name, String countryCode, String timeZone) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "countryCode", countryCode, "adminLevel", "CITY", "timeZone", timeZone))
                .post("/cities")
                .then().statusCode(201).extract().path("id");
    }

    public static String mayor(String fullName, String cityId) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("fullName", fullName, "title", "Mayor", "cityId", cityId, "languages", List.of("en")))
                .post("/mayors")
                .then().statusCode(201).extract().path("id");
    }

    public static String topic(String title) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("title", title))
                .post("/topics")
                .then().statusCode(201).extract().path("id");
    }

    /** A public (OPEN) event a month ahead: DRAFT events are the organiser's alone. */
    public static String event(String name, String hostCityId, List<String> topicIds) {
        return event(name, hostCityId, topicIds, "OPEN");
    }

    /** A DRAFT event: only the organiser sees it. */
    public static String draftEvent(String name, String hostCityId) {
        return event(name, hostCityId, List.of(), "DRAFT");
    }

    private static String event(String name, String hostCityId, List<String> topicIds, String status) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "hostCityId", hostCityId, "startsAt", Dates.inDays(30, "09:00"),
                        "endsAt", Dates.inDays(30, "18:00"), "topicIds", topicIds, "status", status))
                .post("/events")
                .then().statusCode(201).extract().path("id");
    }
}
