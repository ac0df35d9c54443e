package io.mayorsdialogue.api.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way a list query is built: optional filters are added only when given, and the cursor becomes a row
 * comparison {@code (key, id) > (:afterKey, :afterId)} that PostgreSQL answers from the (key, id) index, so page 100
 * costs what page 1 costs. The conditions are plain query text with named parameters: HQL for Panache (see
 * {@link #fetch}), or SQL where a repository needs PostgreSQL features HQL lacks.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private KeyReadBack keyReadBack;

    /** A cut cursor's key, to read by the item's id ({@code query}, parameter {@code afterId}) and check against its hash. */
    private record KeyReadBack(String query, Object id, String hash) {
    }

    /** Adds {@code condition} with its single named parameter when {@code value} is not null. */
    public Where and(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Adds {@code path in (subquery)}: how a filter reads another feature's data, through a query that feature owns. */
    public Where in(String path, Subquery subquery) {
        if (subquery != null) {
            conditions.add(path + " in (" + subquery.query() + ")");
            params.putAll(subquery.params());
        }
        return this;
    }

    /** Adds {@code (pathA in (subquery) or pathB in (subquery))}: either side of a pair belongs to the selection. */
    public Where inEither(String pathA, String pathB, Subquery subquery) {
        if (subquery != null) {
            conditions.add("(" + pathA + " in (" + subquery.query() + ") or " + pathB + " in (" + subquery.query() + "))");
            params.putAll(subquery.params());
        }
        return this;
    }

    /**
     * Free text in any of the given paths, ignoring case and accents. The paths are the folded copies the database
     * keeps of the searched columns (V10: {@code mayors_fold}, unaccent + lower), which the trigram indexes are built
     * on; only q is folded per query, into a LIKE pattern escaped after folding (folding turns full-width ％ ＿ ＼ into
     * % _ \, which must stay literal too). The pattern is selected in a scalar subquery so that PostgreSQL makes it
     * once per execution, not once for every row it tests (V17); q is its function's first argument, since a
     * parameter in the last one makes Hibernate translate the query anew on every call (V11).
     */
    public Where matches(String q, String... foldedPaths) {
        if (q != null && !q.isBlank()) {
            List<String> any = new ArrayList<>();
            for (String path : foldedPaths) {
                any.add(path + " like (select function('mayors_like_pattern' as String, :q, '\\')) escape '\\'");
            }
            conditions.add("(" + String.join(" or ", any) + ")");
            params.put("q", q.strip());
        }
        return this;
    }

    /** Rows after {@code cursor} (none: from the start); the cursor must come from a page in the same order. */
    public <T> Where after(Cursor cursor, SortOrder<T> order, String idPath) {
        return after(cursor, order, idPath, Cursor::uuid);
    }

    /** The same where the id is not a UUID (countries: their code). */
    public <T> Where after(Cursor cursor, SortOrder<T> order, String idPath, Function<Cursor, Object> idOf) {
        if (cursor != null) {
            order.checkIssuedFor(cursor);
            if (cursor.keyCut()) {
                if (order.keyById() == null) {
                    throw Cursor.invalid();
                }
                // the key is read back by the id when the page is fetched, and checked against the cursor's hash
                keyReadBack = new KeyReadBack(order.keyById(), idOf.apply(cursor), cursor.keyHash());
            } else {
                params.put("afterKey", order.keyFromCursor().apply(cursor));
            }
            conditions.add("(" + order.keyPath() + ", " + idPath + ") " + (order.descending() ? "<" : ">") + " (:afterKey, :afterId)");
            params.put("afterId", idOf.apply(cursor));
        }
        return this;
    }

    /** The conditions joined with {@code and}; {@code 1 = 1} when there are none. */
    public String conditions() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** One page of entities: the rows after the cursor, one more than the page shows (see {@link Page#of}). */
    public <T> List<T> fetch(PanacheRepositoryBase<T, ?> repository, Sort sort, PageRequest page) {
        readKeyBack(repository.getEntityManager());
        return repository.find(conditions(), sort, params).range(0, page.fetchSize() - 1).list();
    }

    /**
     * One page of a projection, built straight from the result without managed entities: {@code select} is the query's
     * select and from clauses ({@code select new Row(e.id, …) from Event e}), the conditions are on its root.
     */
    public <R> List<R> fetch(EntityManager entityManager, String select, Class<R> type, SortOrder<?> order, String idPath,
            PageRequest page) {
        readKeyBack(entityManager);
        TypedQuery<R> query = entityManager.createQuery(select + " where " + conditions() + " order by " + order.orderBy(idPath), type);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    /**
     * A cut cursor's item, read back by its id: the page goes on after its key if that is still the key the cursor was
     * issued for. Renamed or deleted since, the page cannot be placed exactly, and the client is asked to start again.
     */
    private void readKeyBack(EntityManager entityManager) {
        if (keyReadBack == null) {
            return;
        }
        List<String> keys = entityManager.createQuery(keyReadBack.query(), String.class)
                .setParameter("afterId", keyReadBack.id()).getResultList();
        String key = keys.isEmpty() ? null : keys.get(0);
        if (key == null || !Cursor.hashOf(key).equals(keyReadBack.hash())) {
            throw Cursor.changedSince();
        }
        params.put("afterKey", key);
    }
}
