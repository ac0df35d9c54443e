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
    /** A further named parameter of a clause added with {@link #and}. */
    public Where with(String param, Object value) {
        params.put(param, value);
        return this;
    }

    public Where after(Cursor cursor, String keyPath, String idPath, Function<Cursor, Object> key) {
        if (cursor != null) {
            if (!cursor.sort().isEmpty()) {
                throw Cursor.invalid();
            }
            keyset(keyPath, idPath, key.apply(cursor), cursor.uuid(), false);
        }
        return this;
    }

    /** The same for a list the client sorts: the cursor must come from a page in the same order. */
    public <T> Where after(Cursor cursor, SortOrder<T> order, String idPath) {
        return after(cursor, order, idPath, Cursor::uuid);
    }

    /** The same where the id is not a UUID (countries: their code). */
    public <T> Where after(Cursor cursor, SortOrder<T> order, String idPath, Function<Cursor, Object> idOf) {
        if (cursor != null) {
            if (!cursor.sort().equals(order.token())) {
                throw ApiProblem.badRequest("cursor", "belongs to a page sorted by '" + cursor.sort()
                        + "'; pass the same sort as that page, or omit the cursor to start again");
            }
            keyset(order.keyPath(), idPath, order.keyFromCursor().apply(cursor), idOf.apply(cursor), order.descending());
        }
        return this;
    }

    /**
     * Free text in any of the given paths, ignoring case and accents: both sides go through the database's
     * {@code mayors_fold} (unaccent + lower), which the trigram indexes are built on.
     */
    public Where matches(String q, String... paths) {
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> any = new ArrayList<>();
            for (String path : paths) {
                any.add("cast(function('mayors_fold', " + path + ") as String) like cast(function('mayors_fold', :q) as String) escape '\\'");
            }
            clauses.add("(" + String.join(" or ", any) + ")");
            params.put("q", pattern);
        }
        return this;
    }

    private void keyset(String keyPath, String idPath, Object key, Object id, boolean descending) {
        clauses.add("(" + keyPath + ", " + idPath + ") " + (descending ? "<" : ">") + " (:afterKey, :afterId)");
        params.put("afterKey", key);
        params.put("afterId", id);
    }

    public String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
