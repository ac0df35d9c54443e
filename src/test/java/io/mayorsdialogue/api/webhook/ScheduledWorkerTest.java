package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker as production runs it: scheduled, not driven by the test. Every other webhook test turns it off and
 * calls {@code deliverDue()} itself, which is how a worker that never ran went unnoticed.
 */
@QuarkusTest
@TestProfile(ScheduledWorkerTest.WorkerOn.class)
class ScheduledWorkerTest extends ApiTest {

    public static class WorkerOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mayors.webhooks.worker.enabled", "true", "mayors.webhooks.poll-interval", "1s");
        }
    }

    @Test
    void aPingIsDeliveredByTheScheduledWorker() {
        try (Receiver receiver = Receiver.answering()) {
            String webhook = asOrganiser().contentType("application/json")
                    .body(Map.of("url", receiver.url(), "events", List.of("registration.created")))
                    .post("/webhooks").then().statusCode(201).extract().path("id");
            asOrganiser().post("/webhooks/" + webhook + "/ping").then().statusCode(202);
            // whenever the next round comes; the bound only keeps a worker that never runs from hanging the build
            assertThat(receiver.awaitFirstCall(Duration.ofSeconds(60))).as("delivered by the scheduled worker").isTrue();
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).body()).contains("ping");
        }
    }
}
