package io.mayorsdialogue.api.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event ready for its agenda: OPEN, 90 days ahead from 09:00 to 18:00 in Qingdao, with one topic; its host city's
 * mayor recorded as attending; two partner cities whose delegations (headed by their mayors) are confirmed.
 */
public record Dialogue(String event, String day, String topic, String hostCity, String hostMayor, Partners.Partner first,
        Partners.Partner second) {

    public static final int DAYS_AHEAD = 90;

    public static Dialogue create() {
        String run = ApiTest.unique();
        Fixtures.country("CN", "China");
        Fixtures.country("JP", "Japan");
        Fixtures.country("KR", "South Korea");
        String host = Fixtures.city("Dialogue host " + run, "CN", "Asia/Shanghai");
        String hostMayor = Fixtures.mayor("Host Mayor " + run, host);
        String topic = Fixtures.topic("Dialogue topic " + run);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Dialogue " + run, "hostCityId", host, "status", "OPEN",
                "startsAt", at("09:00"), "endsAt", at("18:00"), "registrationDeadline", Dates.inDays(DAYS_AHEAD - 10, "23:59"),
                "topicIds", List.of(topic)));
        String event = organiser().body(body).post("/events").then().statusCode(201).extract().path("id");
        organiser().put("/events/" + event + "/attendees/" + hostMayor).then().statusCode(204);
        Partners.Partner first = Partners.create("JP", "Dialogue Japan " + run);
        Partners.Partner second = Partners.create("KR", "Dialogue Korea " + run);
        for (Partners.Partner p : List.of(first, second)) {
            String registration = RestAssured.given().header("Authorization", "Bearer " + p.apiKey()).contentType(ContentType.JSON)
                    .body(Partners.delegation(p)).post("/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
            organiser().post("/events/" + event + "/registrations/" + registration + "/approve").then().statusCode(200);
        }
        return new Dialogue(event, Dates.inDays(DAYS_AHEAD, "00:00").substring(0, 10), topic, host, hostMayor, first, second);
    }

    /** A time of the event's day, RFC 3339 in Qingdao's offset. */
    public static String at(String time) {
        return Dates.inDays(DAYS_AHEAD, time);
    }

    private static io.restassured.specification.RequestSpecification organiser() {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON);
    }
}
