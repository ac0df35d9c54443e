package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.QueryException;
import org.hibernate.SessionFactory;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.spi.InterpretationsKeySource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HQL that the busiest requests run is translated to SQL once and then reused. Hibernate keeps no translation
 * of a query with a collection parameter, or with a parameter in a function's last argument (it might be varargs),
 * and translates such a query anew on every call: that was a fifth of a search's CPU (bench/README.md). The queries
 * come from Hibernate's statistics (on in the test profile) while the requests are answered; whether Hibernate will
 * cache one is asked of the interpretation cache's own key, which is null for a query it will not keep.
 */
@QuarkusTest
class TranslatedOnceTest extends ApiTest {

    @Inject
    SessionFactory sessions;

    @Test
    void theBusiestRequestsRunOnlyQueriesWhoseTranslationIsKept() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Translated " + unique(), "JP", "Asia/Tokyo");
        Fixtures.mayor("Translated Mayor " + unique(), city);
        String event = Partners.openEvent("Translated " + unique(), city, 50);
        Partners.Partner partner = Partners.create("JP", "Translated partner " + unique());

        Set<String> ran = queriesRunBy(() -> {
            given().queryParam("q", "translated mayor").get("/mayors").then().statusCode(200);
            given().queryParam("q", "translated").get("/events").then().statusCode(200);
            given().queryParam("status", "OPEN").queryParam("limit", 20).get("/events").then().statusCode(200);
            given().get("/events/" + event).then().statusCode(200);
            asPartner(partner.apiKey()).header("Idempotency-Key", unique()).body(Partners.delegation(partner))
                    .post("/events/" + event + "/registrations").then().statusCode(201);
            given().get("/events/" + event + "/attendees").then().statusCode(200);
        });

        assertThat(ran).as("HQL run by the requests").anyMatch(q -> q.contains("mayors_like_pattern"))
                .anyMatch(q -> q.contains("mayors_search_gram"));
        Set<String> retranslated = new TreeSet<>();
        sessions.inSession(session -> {
            for (String hql : ran) {
                Object query;
                try {
                    query = session.createQuery(hql);
                } catch (IllegalArgumentException | QueryException nativeSql) {
                    continue; // statistics also name native SQL statements, which have no HQL translation to keep
                }
                if (QueryInterpretationCache.createInterpretationsKey((InterpretationsKeySource) query) == null) {
                    retranslated.add(hql);
                }
            }
        });
        assertThat(retranslated).as("queries Hibernate translates anew on every call").isEmpty();
    }

    private Set<String> queriesRunBy(Runnable requests) {
        var statistics = sessions.getStatistics();
        Map<String, Long> before = new HashMap<>();
        for (String q : statistics.getQueries()) {
            before.put(q, statistics.getQueryStatistics(q).getExecutionCount());
        }
        requests.run();
        Set<String> ran = new TreeSet<>();
        for (String q : statistics.getQueries()) {
            if (statistics.getQueryStatistics(q).getExecutionCount() > before.getOrDefault(q, 0L)) {
                ran.add(q);
            }
        }
        return ran;
    }
}
