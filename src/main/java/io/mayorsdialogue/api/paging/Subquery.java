package io.mayorsdialogue.api.paging;

import java.util.HashMap;
import java.util.Map;

/**
 * A query of ids that one feature publishes so that another can filter by it ({@code cityId in (…)}) without
 * knowing the first feature's tables. Its parameter names must not clash with the outer query's.
 */
public record Subquery(String query, Map<String, Object> params) {

    /** The ids either query selects. */
    public Subquery union(Subquery other) {
        Map<String, Object> both = new HashMap<>(params);
        both.putAll(other.params);
        return new Subquery(query + " union " + other.query, both);
    }
}
