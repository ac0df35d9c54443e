package io.mayorsdialogue.api.common;

import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One order a list can be sorted in ({@code sort=name} or {@code sort=-name}), with what keyset paging needs: the
 * entity path of the key, how to read the key from a row for the cursor and from a cursor for the query. The id
 * breaks ties, so the order is total and pages never overlap.
 */
public record SortOrder<T>(String token, String keyPath, boolean descending, Function<T, String> keyOf,
        Function<Cursor, Object> keyFromCursor) {

    public static <T> SortOrder<T> by(String field, String keyPath, Function<T, String> keyOf, Function<Cursor, Object> keyFromCursor) {
        return new SortOrder<>(field, keyPath, false, keyOf, keyFromCursor);
    }

    /** {@code requested} among the given orders and their reverses; null picks the first; anything else is a 400. */
    @SafeVarargs
    public static <T> SortOrder<T> choose(String requested, SortOrder<T>... orders) {
        if (requested == null || requested.isBlank()) {
            return orders[0];
        }
        List<String> tokens = new ArrayList<>();
        for (SortOrder<T> order : orders) {
            if (order.token.equals(requested)) {
                return order;
            }
            SortOrder<T> reversed = new SortOrder<>("-" + order.token, order.keyPath, true, order.keyOf, order.keyFromCursor);
            if (reversed.token.equals(requested)) {
                return reversed;
            }
            tokens.add(order.token);
            tokens.add(reversed.token);
        }
        throw ApiProblem.badRequest("sort", "must be one of " + String.join(", ", tokens));
    }

    public Sort sort(String idPath) {
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(keyPath, direction).and(idPath, direction);
    }

    public Cursor cursorAfter(T row, String id) {
        return new Cursor(token, keyOf.apply(row), id);
    }
}
