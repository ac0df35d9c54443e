package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's topic ids are read from the copy a database trigger keeps on the event's row (V14__event_topic_ids.sql).
 * After every kind of change to an event's topics, the event (alone and in a page) shows what event_topic says,
 * sorted, and the copy equals event_topic's rows; a change made through the event's topics is a new version of it.
 */
@QuarkusTest
class EventTopicIdsTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void anEventsTopicIdsFollowEveryChangeToItsTopics() {
        Fixtures.country("CN", "China");
        String host = Fixtures.city("Topic ids host " + unique(), "CN", "Asia/Shanghai");
        String a = Fixtures.topic("Topic ids A " + unique());
        String b = Fixtures.topic("Topic ids B " + unique());
        String c = Fixtures.topic("Topic ids C " + unique());
        String name = "Topic ids " + unique();
        String event = Fixtures.event(name, host, List.of(a, b));
        assertTopics(event, host, a, b);                           // created with two

        String created = etag(event);
        asOrganiser().put("/events/" + event + "/topics/" + c).then().statusCode(204);
        assertTopics(event, host, a, b, c);                        // one linked
        String linked = etag(event);
        assertThat(linked).as("a new version once a topic is linked").isNotEqualTo(created);
        given().header("If-None-Match", created).get("/events/" + event).then().statusCode(200);
        asOrganiser().put("/events/" + event + "/topics/" + c).then().statusCode(204);
        assertThat(etag(event)).as("linking it again changes nothing").isEqualTo(linked);
        asOrganiser().delete("/events/" + event + "/topics/" + a).then().statusCode(204);
        assertTopics(event, host, b, c);                           // one unlinked
        assertThat(etag(event)).as("a new version once a topic is unlinked").isNotEqualTo(linked);

        Map<String, Object> replaced = new HashMap<>(Map.of("name", name, "hostCityId", host, "status", "OPEN",
                "startsAt", Dates.inDays(30, "09:00"), "endsAt", Dates.inDays(30, "18:00"), "topicIds", List.of(a)));
        String unlinked = etag(event);
        String answered = api().body(replaced).put("/events/" + event).then().statusCode(200).extract().header("ETag");
        assertTopics(event, host, a);                              // replaced with the event
        assertThat(answered).as("a PUT that changes only the topics is a new version").isNotEqualTo(unlinked)
                .isEqualTo(etag(event));
        api().body(replaced).put("/events/" + event).then().statusCode(200);
        assertThat(etag(event)).as("the same PUT again changes nothing").isEqualTo(answered);
        replaced.put("topicIds", List.of());
        api().body(replaced).put("/events/" + event).then().statusCode(200);
        assertTopics(event, host);                                 // none left: an empty list

        String other = Fixtures.event("Topic ids other " + unique(), host, List.of(b));
        asOrganiser().delete("/events/" + other).then().statusCode(204);
        assertThat(eventTopicRows(UUID.fromString(other))).isEmpty(); // a deleted event leaves nothing behind
    }

    /**
     * The driver reads a statement's uuid[] in binary once it has prepared the statement on the server, after a few
     * runs on a connection (application.properties): every read, before and after, shows event_topic's ids in its order.
     */
    @Test
    void anEventReadOverAndOverShowsTheSameTopicIds() {
        Fixtures.country("CN", "China");
        String host = Fixtures.city("Topic ids reread host " + unique(), "CN", "Asia/Shanghai");
        List<String> topics = List.of(Fixtures.topic("Reread A " + unique()), Fixtures.topic("Reread B " + unique()),
                Fixtures.topic("Reread C " + unique()));
        String event = Fixtures.event("Topic ids reread " + unique(), host, topics);
        List<String> expected = eventTopicRows(UUID.fromString(event)).stream().map(UUID::toString).toList();
        assertThat(expected).containsExactlyInAnyOrderElementsOf(topics);
        for (int read = 0; read < 40; read++) {
            List<String> shown = given().get("/events/" + event).then().statusCode(200).extract().path("topicIds");
            assertThat(shown).as("read " + read).isEqualTo(expected);
            List<String> inPage = given().queryParam("hostCityId", host).get("/events").then().statusCode(200)
                    .extract().path("items[0].topicIds");
            assertThat(inPage).as("page read " + read).isEqualTo(expected);
        }
    }

    private static String etag(String event) {
        return given().get("/events/" + event).then().statusCode(200).extract().header("ETag");
    }

    /** The event, its page and the copy on its row all say {@code expected}, sorted, as event_topic does. */
    private void assertTopics(String event, String host, String... expected) {
        List<String> sorted = new ArrayList<>(List.of(expected));
        sorted.sort((x, y) -> UUID.fromString(x).compareTo(UUID.fromString(y)));
        List<String> shown = given().get("/events/" + event).then().statusCode(200).extract().path("topicIds");
        assertThat(shown).as("GET /events/{id}").containsExactlyInAnyOrderElementsOf(sorted);
        List<String> inPage = given().queryParam("hostCityId", host).queryParam("limit", 100).get("/events").then()
                .statusCode(200).extract().path("items.find { it.id == '" + event + "' }.topicIds");
        assertThat(inPage).as("the event in a page").containsExactlyInAnyOrderElementsOf(sorted);
        UUID id = UUID.fromString(event);
        assertThat(copyOnTheRow(id)).as("the copy on the event's row, in event_topic's order").isEqualTo(eventTopicRows(id))
                .containsExactlyInAnyOrderElementsOf(sorted.stream().map(UUID::fromString).toList());
    }

    private List<UUID> copyOnTheRow(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID[] ids = (UUID[]) em.createNativeQuery("select topic_ids from event where id = ?1").setParameter(1, event)
                    .getSingleResult();
            return List.of(ids);
        });
    }

    @SuppressWarnings("unchecked")
    private List<UUID> eventTopicRows(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select topic_id from event_topic where event_id = ?1 order by topic_id", UUID.class).setParameter(1, event)
                .getResultList());
    }
}
