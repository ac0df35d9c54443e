package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TopicResourceTest extends ApiTest {

    @Test
    void createsReadsReplacesAndDeletesATopic() {
        String title = "Marine tourism " + unique();
        String id = api().body(Map.of("title", title, "description", "Bays and beaches"))
                .post("/topics").then().statusCode(201).body("title", equalTo(title)).extract().path("id");
        given().get("/topics/" + id).then().statusCode(200).body("description", equalTo("Bays and beaches"));
        api().body(Map.of("title", title + " and ports")).put("/topics/" + id)
                .then().statusCode(200).body("title", equalTo(title + " and ports"), "description", equalTo(null));
        asOrganiser().delete("/topics/" + id).then().statusCode(204);
        given().get("/topics/" + id).then().statusCode(404);
    }

    @Test
    void titlesAreUniqueIgnoringCaseAndAConflictChangesNothing() {
        String title = "Historic districts " + unique();
        Fixtures.topic(title);
        String other = Fixtures.topic("Other " + unique());
        api().body(Map.of("title", title.toUpperCase())).post("/topics").then().statusCode(409);
        api().body(Map.of("title", title.toLowerCase())).put("/topics/" + other).then().statusCode(409);
        given().get("/topics/" + other).then().body("title", containsString("Other"));
    }

    @Test
    void caseIsIgnoredAsUnicodeFoldsItNotOnlyAsLowerCaseDoes() {
        // lower('Σ') is 'σ', never the final 'ς'; the capital and small forms of these titles are the same title
        String tag = unique();
        Fixtures.topic("Θαλάσσιος τουρισμός " + tag);
        api().body(Map.of("title", "ΘΑΛΆΣΣΙΟΣ ΤΟΥΡΙΣΜΌΣ " + tag)).post("/topics").then().statusCode(409)
                .body("detail", containsString("already exists"));
        Fixtures.topic("Straße der Partnerstädte " + tag);
        api().body(Map.of("title", "STRASSE DER PARTNERSTÄDTE " + tag)).post("/topics").then().statusCode(409);
        // still two different titles when a letter really differs
        Fixtures.topic("Θαλάσσιες διαδρομές " + tag);
    }

    @Test
    void aTitlesLengthIsCountedInCharactersAsTheContractCountsIt() {
        // 150 characters outside the Basic Multilingual Plane: 300 UTF-16 units, under the contract's maxLength of 200
        String waves = unique() + " " + "\uD83C\uDF0A".repeat(150);
        api().body(Map.of("title", waves)).post("/topics").then().statusCode(201).body("title", equalTo(waves));
        String tooLong = "\uD83C\uDF0A".repeat(201);
        api().body(Map.of("title", tooLong)).post("/topics").then().statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void blankTitleIs422() {
        api().body(Map.of("title", "   ")).post("/topics").then().statusCode(422).body("errors[0].field", equalTo("title"));
    }

    @Test
    void aTopicOnAnEventsAgendaCannotBeDeleted() {
        Fixtures.country("CN", "China");
        String topic = Fixtures.topic("Agenda item " + unique());
        String city = Fixtures.city("Yantai " + unique(), "CN", "Asia/Shanghai");
        Fixtures.event("Forum " + unique(), city, List.of(topic));
        asOrganiser().delete("/topics/" + topic).then().statusCode(409)
                .body("type", endsWith("/still-referenced"), "detail", containsString("on the agenda of an event"));
        given().get("/topics/" + topic).then().statusCode(200);
    }

    /** Parallel creates of one title: the uniqueness check and the unique index together let exactly one through. */
    @Test
    void concurrentDuplicatesCreateExactlyOne() throws Exception {
        String title = "Race " + unique();
        int clients = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Integer> create = () -> {
                    start.await();
                    return api().body(Map.of("title", title)).post("/topics").statusCode();
                };
                answers.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        String cursor = null;
        int found = 0;
        do {
            var page = given().queryParam("limit", 100).queryParam("cursor", cursor == null ? "" : cursor).get("/topics")
                    .then().statusCode(200).extract();
            List<String> pageTitles = page.path("items.title");
            found += (int) pageTitles.stream().filter(title::equals).count();
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(found).isEqualTo(1);
    }
}
