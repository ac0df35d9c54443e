package io.mayorsdialogue.api.startup;

/** Stops a misconfigured service at start with one line a person can act on, instead of a page of stack trace. */
public final class FailFast {

    private FailFast() {
    }

    public static void refuse(String reason) {
        System.err.println("Mayors Dialogue API cannot start: " + reason);
        System.err.flush();
        // halt, not exit: exit's shutdown hooks would wait for the half-started main thread that calls this
        Runtime.getRuntime().halt(2);
    }
}
