package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.startup.FailFast;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Refuses to run with a missing or guessable organiser key: one clear line, no stack trace. */
@ApplicationScoped
public class StartupChecks {

    static final int MIN_KEY_LENGTH = 16;

    void check(@Observes StartupEvent start, @ConfigProperty(name = "mayors.organiser-key") Optional<String> key) {
        if (key.isEmpty() || key.get().strip().length() < MIN_KEY_LENGTH) {
            FailFast.refuse("set MAYORS_ORGANISER_KEY to the organiser's API key (" + MIN_KEY_LENGTH
                    + " characters or more, e.g. from 'openssl rand -base64 32').");
        }
    }
}
