package io.mayorsdialogue.api.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the HQL {@code where} of a filtered, keyset-paged list: optional filters are added only when given, and
 * the cursor becomes a row comparison {@code (key, id) > (:k, :id)} that PostgreSQL answers from the (key, id)
 * index, so page 100 costs what page 1 costs.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} with its single named parameter when {@code value} is not null. */
    public Where and(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    public Where after(String keyPath, String idPath, Object key, Object id) {
        if (key != null) {
            clauses.add("(" + keyPath + ", " + idPath + ") > (:afterKey, :afterId)");
            params.put("afterKey", key);
            params.put("afterId", id);
        }
        return this;
    }

    public String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
