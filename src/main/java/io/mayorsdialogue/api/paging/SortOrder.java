package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One order a list can be sorted in ({@code sort=name} or {@code sort=-name}), with what keyset paging needs: the
 * query path of the key, how to read the key from a row for the cursor and from a cursor for the query. The id
 * breaks ties, so the order is total and pages never overlap. An order by a text that can outgrow a cursor (names,
 * titles) says how to read a row's key back by its id ({@code keyById}, HQL selecting the key where the id is
 * {@code :afterId}), for the cursors that carry only the start of their key ({@link Cursor#keyCut()}).
 */
public record SortOrder<T>(String token, String keyPath, boolean descending, Function<T, String> keyOf,
        Function<Cursor, Object> keyFromCursor, String keyById) {

    /** Sorted by the field of that name (the token clients send and the entity path are the same). */
    public static <T> SortOrder<T> by(String field, Function<T, String> keyOf, Function<Cursor, Object> keyFromCursor) {
        return new SortOrder<>(field, field, false, keyOf, keyFromCursor, null);
    }

    /** Sorted by {@code keyPath}, offered to clients as {@code token} (SQL lists, whose columns are named otherwise). */
    public static <T> SortOrder<T> on(String token, String keyPath, Function<T, String> keyOf, Function<Cursor, Object> keyFromCursor) {
        return new SortOrder<>(token, keyPath, false, keyOf, keyFromCursor, null);
    }

    /** {@code requested} among the given orders and their reverses; null picks the first; anything else is a 400. */
    @SafeVarargs
    public static <T> SortOrder<T> choose(String requested, SortOrder<T>... orders) {
        if (requested == null || requested.isBlank()) {
            return orders[0];
        }
        List<String> tokens = new ArrayList<>();
        for (SortOrder<T> order : orders) {
            SortOrder<T> reversed = order.reversed();
            if (order.token.equals(requested)) {
                return order;
            }
            if (reversed.token.equals(requested)) {
                return reversed;
            }
            tokens.add(order.token);
            tokens.add(reversed.token);
        }
        throw ApiProblem.badRequest("sort", "must be one of " + String.join(", ", tokens));
    }

    /** This order, whose cursors may carry a cut key: {@code query} reads a row's whole key by {@code :afterId}. */
    public SortOrder<T> readingKeysBackBy(String query) {
        return new SortOrder<>(token, keyPath, descending, keyOf, keyFromCursor, query);
    }

    public SortOrder<T> reversed() {
        return new SortOrder<>(descending ? token.substring(1) : "-" + token, keyPath, !descending, keyOf, keyFromCursor, keyById);
    }

    /** The Panache sort: the key, then the id, both in this order's direction. */
    public Sort sort(String idPath) {
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(keyPath, direction).and(idPath, direction);
    }

    /** The same as an SQL {@code order by} list. */
    public String orderBy(String idPath) {
        String direction = descending ? " desc" : "";
        return keyPath + direction + ", " + idPath + direction;
    }

    public Cursor cursorAfter(T row, String id) {
        return new Cursor(token, keyOf.apply(row), id);
    }

    /** A cursor from a page in another order would skip or repeat rows: the client must start again. */
    void checkIssuedFor(Cursor cursor) {
        if (!cursor.sort().equals(token)) {
            throw ApiProblem.badRequest("cursor", "belongs to a page sorted by '" + cursor.sort()
                    + "'; pass the same sort as that page, or omit the cursor to start again");
        }
    }
}
