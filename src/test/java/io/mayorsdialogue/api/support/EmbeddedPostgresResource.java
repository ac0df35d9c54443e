package io.mayorsdialogue.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A throwaway PostgreSQL for tests of the packaged application, which has no embedded database of its own: started
 * in the test JVM, its URL handed to the application as configuration.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** An organiser key for the production profile, which refuses to start without one. */
    public static final String ORGANISER_KEY = "it-organiser-key-0123456789abcdef";
    /** The packaged application's management interface (health, metrics) during the integration test. */
    public static final int MANAGEMENT_PORT = 9011;

    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "mayors.organiser-key", ORGANISER_KEY,
                "mayors.demo-data", "true",
                "quarkus.management.port", Integer.toString(MANAGEMENT_PORT));
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
