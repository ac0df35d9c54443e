package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Receiver;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown while a delivery round is under way: it must wait for the round (which stops after its current attempt)
 * before Hibernate closes, and no round may start after it. A round that ran into shutdown used to fail on a closed
 * EntityManagerFactory. Its own profile, because the worker it stops stays stopped for the rest of its application.
 */
@QuarkusTest
@TestProfile(WorkerShutdownTest.LongTimeout.class)
class WorkerShutdownTest extends ApiTest {

    /** An attempt may take long enough that the test, not the deliverer's timeout, decides when it ends. */
    public static class LongTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mayors.webhooks.timeout", "PT30S");
        }
    }

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    DeliveryRepository deliveries;

    private List<WebhookDelivery> rowsOf(String webhook) {
        return QuarkusTransaction.requiringNew().call(() ->
                deliveries.list("webhookId = ?1 order by attempts desc", UUID.fromString(webhook)));
    }

    @Test
    void shutdownWaitsForTheRoundUnderWayWhichHandsBackWhatItDidNotAttempt() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> deliveries.update("status = ?1 where status = ?2",
                WebhookDelivery.Status.FAILED, WebhookDelivery.Status.PENDING)); // only this test's rows are due
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Receiver receiver = Receiver.hanging()) {
            String webhook = asOrganiser().contentType("application/json")
                    .body(Map.of("url", receiver.url(), "events", List.of("event.updated")))
                    .post("/webhooks").then().statusCode(201).extract().path("id");
            asOrganiser().post("/webhooks/" + webhook + "/ping").then().statusCode(202);
            asOrganiser().post("/webhooks/" + webhook + "/ping").then().statusCode(202);

            Future<Integer> round = threads.submit(deliverer::deliverDue);
            assertThat(receiver.awaitFirstArrival(Duration.ofSeconds(30))).as("the round's first attempt is under way").isTrue();
            // the rows as they are the moment shutdown returns, read on its thread: what Hibernate would close on
            Future<List<WebhookDelivery>> atShutdown = threads.submit(() -> {
                deliverer.stop(new ShutdownEvent());
                return rowsOf(webhook);
            });
            while (!deliverer.stopping()) {
                assertThat(atShutdown).as("shutdown returned before it stopped the worker").isNotDone();
                Thread.onSpinWait();
            }
            receiver.release();
            List<WebhookDelivery> rows = atShutdown.get(60, TimeUnit.SECONDS);

            assertThat(rows).as("shutdown waited for the round under way to record its attempt and hand back the rest")
                    .extracting(d -> d.status, d -> d.attempts).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(WebhookDelivery.Status.DELIVERED, 1),
                            org.assertj.core.groups.Tuple.tuple(WebhookDelivery.Status.PENDING, 0));
            assertThat(rows.get(1).nextAttemptAt).as("handed back: due now, not when the lease ends")
                    .isBeforeOrEqualTo(Times.now());
            assertThat(round.get(60, TimeUnit.SECONDS)).as("the round stopped after the attempt it was making").isEqualTo(1);
            assertThat(receiver.calls()).isEqualTo(1);
            assertThat(deliverer.deliverDue()).as("no round after shutdown").isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
