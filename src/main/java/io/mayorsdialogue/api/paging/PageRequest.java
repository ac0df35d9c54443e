package io.mayorsdialogue.api.paging;

/** What a list call asks for: at most {@code limit} items after {@code after} (null for the first page). */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;

    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the page shows, to learn whether a next page exists without counting. */
    public int fetchSize() {
        return limit + 1;
    }
}
