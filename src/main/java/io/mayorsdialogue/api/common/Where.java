package io.mayorsdialogue.api.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** Rows after {@code cursor} (none: from the start) in {@code (keyPath, idPath)} order; {@code key} reads its sort key. */
    public Where after(Cursor cursor, String keyPath, String idPath, Function<Cursor, Object> key) {
        if (cursor != null) {
            clauses.add("(" + keyPath + ", " + idPath + ") > (:afterKey, :afterId)");
            params.put("afterKey", key.apply(cursor));
            params.put("afterId", cursor.uuid());
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
