package io.mayorsdialogue.api.devdb;

import io.mayorsdialogue.api.startup.FailFast;
import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/**
 * Supplies the datasource when none is configured, so `./mvnw quarkus:dev` and `./mvnw verify` need no set-up.
 *
 * <ul>
 *   <li>{@code DB_URL} (a JDBC URL) is a shorthand for {@code quarkus.datasource.jdbc.url}, in every profile.</li>
 *   <li>Otherwise, with no URL configured and {@code mayors.embedded-db} true (the default in the dev and test
 *       profiles), a real PostgreSQL is started from the bundled binaries and its URL supplied.</li>
 *   <li>Production gets neither: without a URL the service refuses to start, with a one-line reason.</li>
 * </ul>
 * Only at runtime init: during the build (augmentation) no server must start, or its random port is baked in.
 * The server itself (and every class that touches zonky) is in {@link EmbeddedPostgresServer}: the zonky
 * dependency is optional, so the packaged application does not have it and this class must load without it.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    private static final int ORDINAL = 275; // above application.properties (250), below env (300) and -D (400)

    /** Released when the application has stopped (see EmbeddedPostgresShutdown), so in-flight requests still have it. */
    private static final CountDownLatch APPLICATION_STOPPED = new CountDownLatch(1);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        String shorthand = System.getenv("DB_URL");
        if (isSet(shorthand) && !isSet(value(context, URL))) {
            return List.of(source(Map.of(URL, shorthand)));
        }
        if (isSet(value(context, URL))) {
            return List.of();
        }
        if (!embeddedWanted(context)) {
            refuseToStartWithoutDatabase();
        }
        if (!EmbeddedPostgresServer.available()) {
            FailFast.refuse("the embedded PostgreSQL is a development and test tool and is not part of this build. "
                    + "Set QUARKUS_DATASOURCE_JDBC_URL (or DB_URL) to a PostgreSQL server.");
        }
        String url = EmbeddedPostgresServer.start(dataDirectory(context), APPLICATION_STOPPED);
        return List.of(source(Map.of(
                URL, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres")));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /**
     * Production without a database cannot do anything useful; say so in one line instead of the framework's
     * page of stack trace about an inactive datasource bean.
     */
    private static void refuseToStartWithoutDatabase() {
        FailFast.refuse("no database configured. Set QUARKUS_DATASOURCE_JDBC_URL (or DB_URL), QUARKUS_DATASOURCE_USERNAME "
                + "and QUARKUS_DATASOURCE_PASSWORD, or MAYORS_EMBEDDED_DB=true for a throwaway embedded PostgreSQL.");
    }

    private static boolean embeddedWanted(ConfigSourceContext context) {
        String explicit = value(context, "mayors.embedded-db");
        if (isSet(explicit)) {
            return Boolean.parseBoolean(explicit.trim());
        }
        List<String> profiles = context.getProfiles();
        return profiles.contains("dev") || profiles.contains("test");
    }

    private static Path dataDirectory(ConfigSourceContext context) {
        String configured = value(context, "mayors.embedded-db.data-dir");
        if (isSet(configured)) {
            return Path.of(configured);
        }
        // Tests start from a clean schema anyway (Flyway clean-at-start); dev data survives restarts.
        return context.getProfiles().contains("test") ? Path.of("target", "embedded-pg-data") : Path.of(".embedded-pg");
    }

    static void applicationStopped() {
        APPLICATION_STOPPED.countDown();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }

    private static ConfigSource source(Map<String, String> values) {
        return new PropertiesConfigSource(values, "mayors-embedded-postgres", ORDINAL);
    }
}
