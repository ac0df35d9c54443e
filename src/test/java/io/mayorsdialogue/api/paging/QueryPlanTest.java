package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.CapturedStatements;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.GenericPlans;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

/**
 * The statements the repositories really send (captured from Hibernate while a request is answered) are planned
 * the way the README promises: free text from the trigram index on the folded copy of the column, a keyset page from the
 * (key, id) index in order, without sorting. The plan is PostgreSQL's generic plan for the prepared statement — the
 * one that serves every parameter value, and the one the service runs (it forces generic plans on its connections). The test tables are small, so sequential scans (and, for the ordered case,
 * bitmap scans and sorts) are switched off to ask "is there an index for this?" rather than "is it cheaper here?".
 */
@QuarkusTest
class QueryPlanTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void theServiceRunsEveryStatementOnTheGenericPlanTheseTestsRead() {
        // left to choose, PostgreSQL planned a page's statement afresh on every execution (application.properties)
        String mode = QuarkusTransaction.requiringNew().call(() ->
                String.valueOf(em.createNativeQuery("show plan_cache_mode").getSingleResult()));
        assertThat(mode).isEqualTo("force_generic_plan");
    }

    @Test
    void aNameSearchWalksOnlyTheNamesThatContainItsFirstThreeCharacters() {
        // the page's ids come in name order from the pieces' index, each name tested inside it (V16)
        Fixtures.country("JP", "Japan");
        Fixtures.mayor("Pieced Mayor " + unique(), Fixtures.city("Pieced " + unique(), "JP", "Asia/Tokyo"));
        CapturedStatements.clear();
        given().queryParam("q", "pieced mayor").get("/mayors").then().statusCode(200).body("items", hasSize(1));
        String sql = CapturedStatements.last(s -> s.contains("mayors_like_pattern")).orElseThrow();
        String plan = GenericPlans.of(em, sql, "enable_seqscan", "enable_bitmapscan", "enable_sort");
        // the pattern is made once for the walk (an InitPlan), not folded again for every name tested (V17)
        assertThat(plan).contains("Index Only Scan using mayor_name_gram_pkey").contains("Index Cond: (gram = ")
                .contains("InitPlan").containsPattern("Filter: \\(full_name_folded ~~ ").doesNotContainPattern("Filter: .*mayors_fold")
                // and the page is that walk alone: its index carries the page's columns (V19), so no row of mayor is
                // fetched, and nothing is sorted
                .doesNotContain("mayor_pkey").doesNotContain("on mayor ").doesNotContain("Sort");
    }

    @Test
    void aSearchFoldsItsTextInsideTheStatement() {
        // mayors_fold (immutable around the stable unaccent) is never inlined: called on q, it ran as a function call
        // prepared again on every execution, three times for a name search (V18)
        Fixtures.country("JP", "Japan");
        Fixtures.mayor("Folded Mayor " + unique(), Fixtures.city("Folded " + unique(), "JP", "Asia/Tokyo"));
        CapturedStatements.clear();
        given().queryParam("q", "földed mayor").get("/mayors").then().statusCode(200).body("items", hasSize(1));
        String plan = GenericPlans.verbose(em, CapturedStatements.last(s -> s.contains("mayors_like_pattern")).orElseThrow());
        assertThat(plan).contains("unaccent(").doesNotContain("mayors_fold").doesNotContain("mayors_like_pattern")
                .doesNotContain("mayors_search_gram");
    }

    @Test
    void freeTextInCitiesUsesTheTrigramIndexes() {
        // a walk of a name index in order, testing each name, is also a way to answer; whether the planner prefers it
        // on a test table depends on when autovacuum last analysed it, so only bitmap scans are left on
        Fixtures.country("JP", "Japan");
        Fixtures.city("Trigrammed " + unique(), "JP", "Asia/Tokyo");
        CapturedStatements.clear();
        given().queryParam("q", "trigrammed").get("/cities").then().statusCode(200).body("items", hasSize(1));
        String sql = CapturedStatements.last(s -> s.contains("mayors_like_pattern") && s.contains("from city")).orElseThrow();
        String plan = GenericPlans.of(em, sql, "enable_seqscan", "enable_indexscan", "enable_indexonlyscan");
        assertThat(plan).contains("Bitmap Index Scan on city_name_trgm").contains("Bitmap Index Scan on city_local_name_trgm")
                .doesNotContain("Seq Scan");
    }

    @Test
    void theCityNamesOfAPageComeFromThePrimaryKey() {
        // one array parameter for the page's city ids, inside a SQL function that PostgreSQL must inline to use the key
        Fixtures.country("JP", "Japan");
        var partner = Partners.create("JP", "Planned delegation " + unique());
        String event = Partners.openEvent("Planned figures " + unique(), Fixtures.city("Planned seat " + unique(), "JP", "Asia/Tokyo"), null);
        asPartner(partner.apiKey()).body(Partners.delegation(partner)).post("/events/" + event + "/registrations")
                .then().statusCode(201);
        CapturedStatements.clear();
        given().get("/events/" + event + "/stats").then().statusCode(200);
        String sql = CapturedStatements.last(s -> s.contains("mayors_has_element") && s.contains("from city")).orElseThrow();
        assertThat(GenericPlans.of(em, sql, "enable_seqscan", "enable_bitmapscan")).contains("city_pkey").doesNotContain("Seq Scan");
    }

    @Test
    void aLatePageIsAnIndexRangeWithoutSorting() {
        for (int i = 0; i < 3; i++) {
            Fixtures.topic("Planned topic " + unique());
        }
        String next = given().queryParam("limit", 1).get("/topics").then().statusCode(200).extract().path("next");
        CapturedStatements.clear();
        given().queryParam("limit", 1).queryParam("cursor", next).get("/topics").then().statusCode(200);
        String topics = CapturedStatements.last(s -> s.contains("from topic") && s.contains(">")).orElseThrow();
        assertThat(GenericPlans.of(em, topics, "enable_seqscan", "enable_bitmapscan", "enable_sort"))
                .contains("topic_title_id_idx").doesNotContain("Sort").doesNotContain("Seq Scan");

        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Planned host " + unique(), "JP", "Asia/Tokyo");
        Fixtures.event("Planned A " + unique(), host, List.of());
        Fixtures.event("Planned B " + unique(), host, List.of());
        String eventsNext = given().queryParam("limit", 1).queryParam("hostCityId", host).get("/events").then().extract().path("next");
        CapturedStatements.clear();
        given().queryParam("limit", 1).queryParam("hostCityId", host).queryParam("cursor", eventsNext).get("/events")
                .then().statusCode(200);
        String events = CapturedStatements.last(s -> s.contains("from event") && s.contains("starts_at")).orElseThrow();
        // on a few rows the index of all events in time order, filtered by city, may be cheaper: it is not the question
        assertThat(GenericPlans.without(em, events, List.of("event_starts_at_id_idx"), "enable_seqscan", "enable_bitmapscan", "enable_sort"))
                .contains("event_host_city_starts_at_id_idx").doesNotContain("Sort");
    }
}
