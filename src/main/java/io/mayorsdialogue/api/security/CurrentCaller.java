package io.mayorsdialogue.api.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set once by {@link AccessFilter} and read by services. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }

    /**
     * Runs what the service does on its own account inside a request, such as moving the oldest waitlisted
     * registration into a place the caller freed: the audit trail records it as {@code system}, not as the caller.
     */
    public void onTheServicesAccount(Runnable work) {
        Caller asking = caller;
        caller = Caller.ANONYMOUS;
        try {
            work.run();
        } finally {
            caller = asking;
        }
    }
}
