package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.startup.FailFast;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Production refuses to run with a missing, short or placeholder organiser key: one clear line, no stack trace.
 * Dev and test keep their documented throwaway keys.
 */
@Singleton
public class StartupChecks {

    void check(@Observes StartupEvent start, @ConfigProperty(name = "mayors.organiser-key") Optional<String> key) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        OrganiserKeys.weakness(OrganiserKeys.parse(key)).ifPresent(FailFast::refuse);
    }
}
