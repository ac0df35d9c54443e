package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.deferred.FirstRead;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The caller of the current request, set once by {@link AccessFilter} and read by services. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;
    /** Set when the caller was recognised from a key this instance remembered, for a keyed change. */
    private KeyConfirmation confirmation;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }

    void owe(KeyConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    /**
     * The confirmation still owed for the caller's key, as a read to go first in the change's transaction, whose
     * answer throws the 401 when the key is no longer valid; empty when none is owed.
     */
    public Optional<FirstRead> owedConfirmation() {
        return confirmation != null && confirmation.owed() ? Optional.of(confirmation) : Optional.empty();
    }

    /** Confirms the caller's key now, with a look-up of its own, if that is owed; throws the 401 when it is no longer valid. */
    public void confirm() {
        if (confirmation != null) {
            confirmation.confirmNow();
        }
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
