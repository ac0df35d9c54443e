package io.mayorsdialogue.api.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next one (null on the last page). */
public record Page<T>(List<T> items, String next) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }

    /**
     * Builds a page from {@code fetched}, which holds up to {@link PageRequest#fetchSize()} rows: the extra row only
     * tells that there is more, and the cursor points after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> fetched, PageRequest request, Function<R, Cursor> cursorOf, Function<R, T> map) {
        boolean more = fetched.size() > request.limit();
        List<R> shown = more ? fetched.subList(0, request.limit()) : fetched;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}
