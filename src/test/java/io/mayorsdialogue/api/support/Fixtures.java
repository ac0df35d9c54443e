package io.mayorsdialogue.api.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** Creates catalogue entries through the API, as a client would, and returns their ids. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Countries are a closed set (ISO codes), so tests share them: created once, reused after. */
    public static String country(String code, String name) {
        RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name))
                .post("/countries")
                .then().statusCode(anyOf(is(201), is(409)));
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

    public static String event(String name, String hostCityId, List<String> topicIds) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "hostCityId", hostCityId, "startsAt", "2026-09-12T09:00:00+08:00",
                        "endsAt", "2026-09-12T18:00:00+08:00", "topicIds", topicIds))
                .post("/events")
                .then().statusCode(201).extract().path("id");
    }
}
