package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body is read on the event loop before its request takes a worker thread (BufferedBodyRoute): a client that
 * stops half-way through its body holds a connection, not one of the service's few workers, and is answered 408.
 */
@QuarkusTest
class BufferedBodyTest extends ApiTest {

    private static final int PORT = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    private static final int WORKERS = ConfigProvider.getConfig().getValue("quarkus.thread-pool.max-threads", Integer.class);

    @Test
    void bodiesThatStopHalfWayHoldNoWorkerAndAreAnswered408() throws IOException {
        Fixtures.country("JP", "Japan");
        Partners.Partner partner = Partners.create("JP", "Half-sent bodies " + unique());
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i <= WORKERS; i++) { // one more than there are workers
                stalled.add(halfABody(partner.apiKey()));
            }
            // read by workers, the half bodies would take them all until the read timeout, and this would wait behind them
            given().get("/topics").then().statusCode(200);
            for (Socket s : stalled) {
                assertThat(s.getInputStream().available()).as("still waiting for its body, unanswered").isZero();
            }
            for (Socket s : stalled) {
                String answer = answerOf(s);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json")
                        .contains("did not all arrive within");
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /** A registration POST whose headers declare 200 bytes of body, of which it sends 20. */
    private static Socket halfABody(String apiKey) throws IOException {
        Socket s = new Socket("localhost", PORT);
        s.setSoTimeout(60_000); // a safety net only: the service answers after its read timeout
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/v1/events/" + UUID.randomUUID() + "/registrations HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + apiKey + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                + "{\"representative\": {").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static String answerOf(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8); // the service closes the connection after it
    }
}
