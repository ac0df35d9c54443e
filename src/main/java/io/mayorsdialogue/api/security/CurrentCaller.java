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
}
