package io.mayorsdialogue.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks through an exception's causes: frameworks wrap the failure the client's answer depends on. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        return all(e).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /**
     * The exception, its causes, and what each suppressed, depth first: a failed commit (RollbackException) keeps
     * the database's own error only as a suppressed XAException.
     */
    static Stream<Throwable> all(Throwable e) {
        List<Throwable> seen = new ArrayList<>();
        collect(e, seen);
        return seen.stream();
    }

    private static void collect(Throwable e, List<Throwable> seen) {
        for (Throwable t = e; t != null && seen.size() < 64 && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                collect(suppressed, seen);
            }
        }
    }
}
