package io.mayorsdialogue.api.jdbc;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The service's PostgreSQL connections wait for their answers in one blocking read (BlockingSockets), with every
 * timeout the driver sets still in force. The tests' own connections count their writes through another factory
 * (CountingSockets), so these connections are the driver's, made as the service makes them.
 */
@QuarkusTest
public class BlockingSocketsTest {

    /** Linux's open flag for a non-blocking file (fcntl.h). */
    private static final int O_NONBLOCK = 04000;

    /** BlockingSockets that keeps the sockets it makes, so that a test can ask the kernel about them. */
    public static final class Recording extends BlockingSockets {
        static final List<Socket> MADE = new CopyOnWriteArrayList<>();

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = super.createSocket();
            MADE.add(socket);
            return socket;
        }
    }

    @Test
    void theServiceMakesItsConnectionsWithThemOutsideTheTests() {
        String key = "quarkus.datasource.jdbc.additional-jdbc-properties.socketFactory";
        ConfigSource properties = null;
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (source.getName().contains("application.properties") && source.getValue(key) != null) {
                properties = source;
            }
        }
        assertThat(properties).as("application.properties names a socket factory").isNotNull();
        assertThat(properties.getValue(key)).isEqualTo(BlockingSockets.class.getName());
    }

    @Test
    void aConnectionsSocketIsBlockingAgainAfterEachTimedOperation() throws SQLException, IOException {
        Properties driver = credentials();
        driver.setProperty("socketFactory", Recording.class.getName());
        driver.setProperty("classLoaderStrategy", "context-first");   // the class the test sees, not a second copy
        driver.setProperty("connectTimeout", "5");
        int before = Recording.MADE.size();
        try (Connection connection = DriverManager.getConnection(url(), driver)) {
            assertThat(Recording.MADE).hasSize(before + 1);
            Socket socket = Recording.MADE.get(before);
            assertThat(nonBlocking(socket)).as("after the timed connect").isFalse();

            assertThat(connection.isValid(2)).isTrue();                    // as the pool validates: a network timeout
            assertThat(nonBlocking(socket)).as("after a validation with a timeout").isFalse();

            connection.setNetworkTimeout(Runnable::run, 2_000);
            try (Statement statement = connection.createStatement(); ResultSet one = statement.executeQuery("select 1")) {
                assertThat(one.next()).isTrue();
            }
            assertThat(nonBlocking(socket)).as("after a read with a timeout").isFalse();
        }
    }

    /** A server that accepts the connection and never answers: the driver's read timeout must still end the wait. */
    @Test
    void aTimedReadStillEndsAtItsTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Properties driver = credentials();
            driver.setProperty("socketFactory", BlockingSockets.class.getName());
            driver.setProperty("socketTimeout", "1");
            String silentUrl = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/mayors";
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> DriverManager.getConnection(silentUrl, driver).close())
                            .isInstanceOf(SQLException.class).hasStackTraceContaining("Read timed out"));
        }
    }

    /**
     * Whether the kernel has the socket's file non-blocking ({@code O_NONBLOCK} in {@code /proc/self/fdinfo}), so that
     * a read with nothing to read fails at once and the JDK polls: the socket found by its local port in
     * {@code /proc/net/tcp}, its file by the socket's inode among the process's.
     */
    static boolean nonBlocking(Socket socket) throws IOException {
        String port = ":" + String.format("%04X", socket.getLocalPort());
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> rows = Files.readAllLines(Path.of(table));
            for (String row : rows.subList(1, rows.size())) {
                String[] columns = row.trim().split("\\s+");
                if (columns[1].endsWith(port)) {
                    inode = columns[9];
                }
            }
        }
        assertThat(inode).as("the socket in /proc/net/tcp").isNotNull();
        try (Stream<Path> files = Files.list(Path.of("/proc/self/fd"))) {
            for (Path file : files.toList()) {
                String target;
                try {
                    target = Files.readSymbolicLink(file).toString();
                } catch (IOException gone) {
                    continue;   // closed since it was listed
                }
                if (target.equals("socket:[" + inode + "]")) {
                    for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", file.getFileName().toString()))) {
                        if (line.startsWith("flags:")) {
                            return (Integer.parseInt(line.substring(6).trim(), 8) & O_NONBLOCK) != 0;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no file of this process is the socket " + inode);
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static Properties credentials() {
        Properties driver = new Properties();
        ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> driver.setProperty("user", user));
        ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> driver.setProperty("password", password));
        return driver;
    }
}
