package io.mayorsdialogue.api.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.Collections;
import java.util.List;

/**
 * EXPLAINs a captured statement as PostgreSQL plans it for any parameter values: prepared, with the generic plan
 * forced, executed with nulls (never run: EXPLAIN without ANALYZE only plans). Test tables are small, so the planner
 * switches given are turned off, and competing indexes may be dropped for the question, to ask "is there an index for
 * this?" rather than "is it cheaper here?": on a few rows the answer to the second depends on when autovacuum last
 * analysed the table. All of it is rolled back to a savepoint, so a dropped index is back when the plan is read.
 */
public final class GenericPlans {

    private GenericPlans() {
    }

    public static String of(EntityManager em, String sql, String... plannerSwitchesOff) {
        return without(em, sql, List.of(), plannerSwitchesOff);
    }

    /** The same with {@code indexes} dropped while the statement is planned. */
    public static String without(EntityManager em, String sql, List<String> indexes, String... plannerSwitchesOff) {
        return explain(em, "explain", sql, indexes, plannerSwitchesOff);
    }

    /** The plan with each node's output expressions: what a function call became once PostgreSQL inlined it, or not. */
    public static String verbose(EntityManager em, String sql) {
        return explain(em, "explain (verbose)", sql, List.of());
    }

    private static String explain(EntityManager em, String explain, String sql, List<String> indexes, String... plannerSwitchesOff) {
        StringBuilder numbered = new StringBuilder();
        int params = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++params);
            } else {
                numbered.append(c);
            }
        }
        String arguments = params == 0 ? "" : "(" + String.join(", ", Collections.nCopies(params, "null")) + ")";
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("savepoint question").executeUpdate();
            for (String index : indexes) {
                em.createNativeQuery("drop index " + index).executeUpdate();
            }
            for (String planner : plannerSwitchesOff) {
                em.createNativeQuery("set local " + planner + " = off").executeUpdate();
            }
            em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
            em.createNativeQuery("prepare planned as " + numbered).executeUpdate();
            try {
                @SuppressWarnings("unchecked")
                List<Object> lines = em.createNativeQuery(explain + " execute planned" + arguments).getResultList();
                return String.join("\n", lines.stream().map(String::valueOf).toList());
            } finally {
                em.createNativeQuery("deallocate planned").executeUpdate();
                em.createNativeQuery("rollback to savepoint question").executeUpdate();
            }
        });
    }
}
