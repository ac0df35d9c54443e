package io.mayorsdialogue.api.versioning;

import io.mayorsdialogue.api.versioning.Versioned;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.HeldRowLock;
import io.mayorsdialogue.api.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/** ETags on every single resource: 304 for a current If-None-Match, 412 (and no change) for a stale If-Match. */
@QuarkusTest
class ConditionalRequestsTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void aCurrentETagIsAnsweredWith304AndNoBody() {
        String id = Fixtures.topic("Cached " + unique());
        String etag = given().get("/topics/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        given().header("If-None-Match", etag).get("/topics/" + id)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"other\", W/" + etag).get("/topics/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"12345\"").get("/topics/" + id).then().statusCode(200);
    }

    @Test
    void everySingleResourceCarriesAnETag() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Tagged " + unique(), "JP", "Asia/Tokyo");
        String mayor = Fixtures.mayor("Tagged Mayor " + unique(), city);
        String event = Fixtures.event("Tagged " + unique(), city, List.of());
        for (String path : List.of("/countries/JP", "/cities/" + city, "/mayors/" + mayor, "/events/" + event)) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        String id = Fixtures.topic("Versioned " + unique());
        String etag = given().get("/topics/" + id).then().extract().header("ETag");
        String title = "Renamed " + unique();
        String newTag = api().header("If-Match", etag).body(Map.of("title", title)).put("/topics/" + id)
                .then().statusCode(200).body("title", equalTo(title)).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        api().header("If-Match", etag).body(Map.of("title", "Lost update " + unique())).put("/topics/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        api().header("If-Match", "W/" + newTag).body(Map.of("title", "Weak " + unique())).put("/topics/" + id)
                .then().statusCode(412);
        given().get("/topics/" + id).then().body("title", equalTo(title)).header("ETag", newTag);
        api().header("If-Match", "*").body(Map.of("title", title + " again")).put("/topics/" + id).then().statusCode(200);
    }

    /**
     * Two editors read the same version and both pass the If-Match check; the row lock held here makes both queue
     * at their UPDATE, so the version column alone must decide: exactly one 200, the other 412, every time.
     */
    @Test
    void twoEditorsOfOneVersionCannotBothWin() throws Exception {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Contested " + unique(), "JP", "Asia/Tokyo");
        String etag = given().get("/cities/" + city).then().extract().header("ETag");
        List<Callable<Integer>> editors = new ArrayList<>();
        List<String> names = List.of("Contested " + unique(), "Contested " + unique());
        for (String name : names) {
            editors.add(() -> api().header("If-Match", etag)
                    .body(Map.of("name", name, "countryCode", "JP", "adminLevel", "CITY", "timeZone", "Asia/Tokyo"))
                    .put("/cities/" + city).statusCode());
        }
        Parallel.Started<Integer> writers;
        try (HeldRowLock lock = HeldRowLock.on(dataSource, "city", UUID.fromString(city))) {
            writers = Parallel.start(2, editors);
            lock.awaitBlocked(2, Duration.ofSeconds(60));
        }
        List<Integer> statuses = writers.answers();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        String stored = given().get("/cities/" + city).then().extract().path("name");
        assertThat(names).contains(stored);
        given().get("/cities/" + city).then().header("ETag", "\"1\"");
    }

    /** RFC 9110 applies If-Match to a DELETE too: a stale one deletes nothing; none at all keeps today's behaviour. */
    @Test
    void aStaleIfMatchDeletesNothing() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Deleted " + unique(), "JP", "Asia/Tokyo");
        String topic = Fixtures.topic("Deleted " + unique());
        for (String path : List.of("/topics/" + topic, "/cities/" + city, "/mayors/" + Fixtures.mayor("Deleted " + unique(), city),
                "/events/" + Fixtures.event("Deleted " + unique(), city, List.of()), "/countries/JP")) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            asOrganiser().header("If-Match", "\"999\"").delete(path).then().statusCode(412).contentType("application/problem+json");
            given().get(path).then().statusCode(200).header("ETag", etag);
        }
        String etag = given().get("/topics/" + topic).then().extract().header("ETag");
        asOrganiser().header("If-Match", etag).delete("/topics/" + topic).then().statusCode(204);
        given().get("/topics/" + topic).then().statusCode(404);
        asOrganiser().delete("/topics/" + Fixtures.topic("Deleted unconditionally " + unique())).then().statusCode(204);
    }

    /** An edit and a delete based on one version, both past the If-Match check and queued on the row: one wins. */
    @Test
    void anEditAndADeleteOfOneVersionCannotBothWin() throws Exception {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Contested delete " + unique(), "JP", "Asia/Tokyo");
        String etag = given().get("/cities/" + city).then().extract().header("ETag");
        List<Callable<Integer>> writers = List.of(
                () -> api().header("If-Match", etag)
                        .body(Map.of("name", "Renamed " + unique(), "countryCode", "JP", "adminLevel", "CITY", "timeZone", "Asia/Tokyo"))
                        .put("/cities/" + city).statusCode(),
                () -> asOrganiser().header("If-Match", etag).delete("/cities/" + city).statusCode());
        Parallel.Started<Integer> started;
        try (HeldRowLock lock = HeldRowLock.on(dataSource, "city", UUID.fromString(city))) {
            started = Parallel.start(2, writers);
            lock.awaitBlocked(2, Duration.ofSeconds(60));
        }
        List<Integer> statuses = started.answers();
        assertThat(statuses).contains(412).containsAnyOf(200, 204).hasSize(2);
        given().get("/cities/" + city).then().statusCode(statuses.contains(204) ? 404 : 200);
    }
}
