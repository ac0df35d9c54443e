package io.mayorsdialogue.api.web;

/** Looks through an exception's causes: frameworks wrap the failure the client's answer depends on. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
