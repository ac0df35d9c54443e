package io.mayorsdialogue.api.devdb;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/** Tells the embedded PostgreSQL (dev, tests, demo) that the application has stopped and it may stop too. */
@Singleton
public class EmbeddedPostgresShutdown {

    void stopped(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        EmbeddedPostgresConfigSourceFactory.applicationStopped();
    }
}
