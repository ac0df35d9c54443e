package io.mayorsdialogue.api.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of query the lists use can be answered from indexes: free text from the trigram indexes on
 * mayors_fold(...), and a keyset page from the (key, id) index in order, without sorting. The test tables are tiny,
 * so sequential scans (and, for the ordered case, bitmap scans and sorts) are switched off to ask "is there an index
 * for this?" rather than "is it cheaper here?": a Sort that remains means no index yields the order.
 */
@QuarkusTest
class QueryPlanTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void freeTextUsesTheTrigramIndex() {
        String plan = explain("select id from mayor where mayors_fold(full_name) like mayors_fold('%ren gang%') escape '\\'",
                "enable_seqscan");
        assertThat(plan).contains("mayor_full_name_trgm").doesNotContain("Seq Scan");
    }

    @Test
    @Transactional
    void aLatePageIsAnIndexRangeWithoutSorting() {
        String plan = explain("select id from topic where (title, id) > ('M', '00000000-0000-0000-0000-000000000000')"
                + " order by title, id limit 21");
        assertThat(plan).contains("topic_title_id_idx").doesNotContain("Sort").doesNotContain("Seq Scan");
        String events = explain("select id from event where status = 'OPEN' and (starts_at, id) > (now(), "
                + "'00000000-0000-0000-0000-000000000000') order by starts_at, id limit 21");
        assertThat(events).contains("event_status_starts_at_id_idx").doesNotContain("Sort");
    }

    private String explain(String sql) {
        return explain(sql, "enable_seqscan", "enable_bitmapscan", "enable_sort");
    }

    /** GIN indexes are only ever read as bitmaps, so the free-text check switches off sequential scans alone. */
    private String explain(String sql, String... plannerSwitchesOff) {
        for (String planner : plannerSwitchesOff) {
            em.createNativeQuery("set local " + planner + " = off").executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object> lines = em.createNativeQuery("explain " + sql).getResultList();
        return String.join("\n", lines.stream().map(String::valueOf).toList());
    }
}
