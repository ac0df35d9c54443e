package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class EventResourceTest extends ApiTest {

    private String qingdao;
    private String marine;
    private String heritage;

    @BeforeEach
    void catalogue() {
        Fixtures.country("CN", "China");
        qingdao = Fixtures.city("Qingdao " + unique(), "CN", "Asia/Shanghai");
        marine = Fixtures.topic("Marine tourism " + unique());
        heritage = Fixtures.topic("Historic districts " + unique());
    }

    private Map<String, Object> event(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("hostCityId", qingdao);
        body.put("venue", "Conference centre");
        body.put("startsAt", "2025-07-19T01:00:00Z");
        body.put("endsAt", "2025-07-19T09:30:00Z");
        body.put("capacity", 40);
        body.put("registrationDeadline", "2025-07-10T15:59:00Z");
        body.put("topicIds", List.of(marine, heritage));
        return body;
    }

    @Test
    void createsAnEventShownInItsOwnTimeZoneWithDefaults() {
        String name = "Global Mayors Dialogue " + unique();
        String id = api().body(event(name)).post("/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("name", equalTo(name),
                        "timeZone", equalTo("Asia/Shanghai"),            // from the host city
                        "startsAt", equalTo("2025-07-19T09:00:00+08:00"),  // sent in UTC, shown in local time
                        "endsAt", equalTo("2025-07-19T17:30:00+08:00"),
                        "registrationDeadline", equalTo("2025-07-10T23:59:00+08:00"),
                        "status", equalTo("DRAFT"),
                        "topicIds", containsInAnyOrder(marine, heritage))
                .extract().path("id");
        asOrganiser().get("/events/" + id).then().statusCode(200)
                .body("id", equalTo(id), "capacity", equalTo(40), "topicIds", containsInAnyOrder(marine, heritage));
    }

    /** Before 1901 Qingdao's zone kept local mean time, +08:05:43: not an RFC 3339 offset, so such dates come in UTC. */
    @Test
    void aDateInAnOffsetWithSecondsIsShownInUtc() {
        Map<String, Object> body = event("Dialogue of 1899 " + unique());
        body.put("startsAt", "1899-05-01T01:00:00Z");
        body.put("endsAt", "1899-05-01T09:00:00Z");
        body.put("registrationDeadline", "1899-04-01T00:00:00Z");
        api().body(body).post("/events").then().statusCode(201)
                .body("startsAt", equalTo("1899-05-01T01:00:00Z"), "endsAt", equalTo("1899-05-01T09:00:00Z"));
    }

    @Test
    void replacesEveryWritableFieldIncludingTopics() {
        String id = api().body(event("Replace me " + unique())).post("/events").then().statusCode(201).extract().path("id");
        Map<String, Object> replaced = event("Replaced " + unique());
        replaced.put("status", "OPEN");
        replaced.put("timeZone", "Asia/Tokyo");
        replaced.put("topicIds", List.of(heritage));
        replaced.remove("capacity");
        api().body(replaced).put("/events/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN"), "timeZone", equalTo("Asia/Tokyo"),
                        "startsAt", equalTo("2025-07-19T10:00:00+09:00"), "topicIds", contains(heritage),
                        "capacity", equalTo(null));
        asOrganiser().get("/events/" + id + "/topics").then().statusCode(200).body("items.id", contains(heritage));
    }

    @Test
    void brokenRulesAre422NamingEveryField() {
        Map<String, Object> body = event("Broken " + unique());
        body.put("hostCityId", "00000000-0000-0000-0000-00000000beef");
        body.put("endsAt", "2025-07-18T00:00:00Z");
        body.put("timeZone", "Mars/Olympus_Mons");
        body.put("topicIds", List.of(marine, "no-such-topic"));
        api().body(body).post("/events")
                .then().statusCode(422)
                .body("errors.field", hasItems("hostCityId", "endsAt", "timeZone", "topicIds[1]"),
                        "errors.field", not(hasItem("topicIds[0]")));
        asOrganiser().queryParam("hostCityId", qingdao).get("/events").then().body("items", empty());
    }

    @Test
    void missingRequiredFieldsAre400() {
        api().body(Map.of("name", "Only a name")).post("/events")
                .then().statusCode(400).body("errors.field", hasItems("hostCityId", "startsAt", "endsAt"));
    }

    @Test
    void eventNamesAreUnique() {
        String name = "Unique dialogue " + unique();
        api().body(event(name)).post("/events").then().statusCode(201);
        api().body(event(name)).post("/events").then().statusCode(409);
        asOrganiser().queryParam("hostCityId", qingdao).get("/events").then().body("items.size()", equalTo(1));
    }

    @Test
    void listsEventsByStatusAndHostInStartOrder() {
        Map<String, Object> later = event("Later " + unique());
        later.put("startsAt", Dates.inDaysUtc(400, "09:00"));
        later.put("endsAt", Dates.inDaysUtc(400, "17:00"));
        later.put("registrationDeadline", Dates.inDaysUtc(370, "08:00"));
        later.put("status", "OPEN");
        String laterId = api().body(later).post("/events").then().statusCode(201).extract().path("id");
        String earlierId = api().body(event("Earlier " + unique())).post("/events").then().statusCode(201).extract().path("id");

        asOrganiser().queryParam("hostCityId", qingdao).get("/events").then().statusCode(200)
                .body("items.id", contains(earlierId, laterId), "next", equalTo(null));
        asOrganiser().queryParam("hostCityId", qingdao).queryParam("limit", 1).get("/events").then()
                .body("items.id", contains(earlierId), "next", not(equalTo(null)));
        asOrganiser().queryParam("status", "OPEN").queryParam("limit", 100).get("/events").then()
                .body("items.status", everyItem(equalTo("OPEN")), "items.id", hasItem(laterId));
    }

    @Test
    void deletingAnEventRemovesItsTopicLinksAndAttendeesButNotTheTopics() {
        String id = api().body(event("Short-lived " + unique())).post("/events").then().statusCode(201).extract().path("id");
        String mayor = Fixtures.mayor("Host mayor " + unique(), qingdao);
        asOrganiser().put("/events/" + id + "/attendees/" + mayor).then().statusCode(204);
        asOrganiser().delete("/events/" + id).then().statusCode(204);
        asOrganiser().get("/events/" + id).then().statusCode(404);
        asOrganiser().get("/events/" + id + "/attendees").then().statusCode(404);
        asOrganiser().get("/topics/" + marine).then().statusCode(200);
        asOrganiser().delete("/mayors/" + mayor).then().statusCode(204); // no longer attending anything
    }

    @Test
    void linksAndUnlinksTopicsIdempotently() {
        String id = api().body(event("Topics " + unique())).post("/events").then().statusCode(201).extract().path("id");
        String extra = Fixtures.topic("International tourism " + unique());
        asOrganiser().put("/events/" + id + "/topics/" + extra).then().statusCode(204);
        asOrganiser().put("/events/" + id + "/topics/" + extra).then().statusCode(204);
        asOrganiser().get("/events/" + id + "/topics").then().statusCode(200).body("items.id", hasItems(marine, heritage, extra),
                "items.size()", equalTo(3));
        asOrganiser().get("/events/" + id).then().body("topicIds", hasItem(extra));
        asOrganiser().delete("/events/" + id + "/topics/" + extra).then().statusCode(204);
        asOrganiser().delete("/events/" + id + "/topics/" + extra).then().statusCode(404).body("detail", containsString("not on this event"));
        asOrganiser().put("/events/" + id + "/topics/no-such-topic").then().statusCode(404);
        asOrganiser().put("/events/no-such-event/topics/" + extra).then().statusCode(404);
    }

    @Test
    void recordsAttendeesWithTheirCityAndPagesThem() {
        String id = api().body(event("Attended " + unique())).post("/events").then().statusCode(201).extract().path("id");
        String ren = Fixtures.mayor("A Ren " + unique(), qingdao);
        String mori = Fixtures.mayor("B Mori " + unique(), qingdao);
        asOrganiser().put("/events/" + id + "/attendees/" + mori).then().statusCode(204);
        asOrganiser().put("/events/" + id + "/attendees/" + ren).then().statusCode(204);
        asOrganiser().put("/events/" + id + "/attendees/" + ren).then().statusCode(204);

        var first = asOrganiser().queryParam("limit", 1).get("/events/" + id + "/attendees").then().statusCode(200)
                .body("items.mayorId", contains(ren), "items[0].countryCode", equalTo("CN"),
                        "items[0].cityId", equalTo(qingdao), "items[0].languages", contains("en"))
                .extract();
        asOrganiser().queryParam("limit", 1).queryParam("cursor", (String) first.path("next")).get("/events/" + id + "/attendees")
                .then().statusCode(200).body("items.mayorId", contains(mori), "next", equalTo(null));

        asOrganiser().delete("/events/" + id + "/attendees/" + ren).then().statusCode(204);
        asOrganiser().delete("/events/" + id + "/attendees/" + ren).then().statusCode(404);
        asOrganiser().get("/events/" + id + "/attendees").then().body("items.mayorId", contains(mori));
        asOrganiser().put("/events/" + id + "/attendees/not-a-mayor").then().statusCode(404);
    }
}
