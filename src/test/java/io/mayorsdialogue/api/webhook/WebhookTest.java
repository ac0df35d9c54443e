package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Receiver;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Webhooks end to end, with real HTTP receivers on loopback: the outbox, Standard Webhooks signatures, retries,
 * timeouts, FAILING subscriptions, several workers, a worker that died mid-way. The test profile leaves the
 * scheduled worker off; each test runs delivery rounds itself, so nothing depends on timing.
 */
@QuarkusTest
class WebhookTest extends ApiTest {

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    DeliveryRepository deliveries;

    private final List<Receiver> receivers = new ArrayList<>();
    private Partners.Partner partner;
    private String event;

    @BeforeEach
    void set() {
        Fixtures.country("JP", "Japan");
        partner = Partners.create("JP", "Hooked " + unique());
        event = Partners.openEvent("Hooks " + unique(), Fixtures.city("Hook host " + unique(), "JP", "Asia/Tokyo"), 1);
        // Other tests queue notifications nobody delivers (the worker is off in tests): retire them, so that every
        // count below is this test's own.
        QuarkusTransaction.requiringNew().run(() -> deliveries.update("status = ?1 where status = ?2",
                WebhookDelivery.Status.FAILED, WebhookDelivery.Status.PENDING));
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver(Receiver r) {
        receivers.add(r);
        return r;
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> subscribe(
            io.restassured.specification.RequestSpecification as, String url, List<String> events) {
        return as.contentType("application/json").body(Map.of("url", url, "events", events)).post("/webhooks")
                .then().statusCode(201).extract();
    }

    private String register(Partners.Partner p) {
        return asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    /** Runs delivery rounds until nothing is due any more (bounded: a retry's backoff in tests is a millisecond). */
    private void deliverAll() {
        for (int round = 0; round < 200 && (deliverer.deliverDue() > 0 || due() > 0); round++) {
            Thread.onSpinWait();
        }
    }

    private long due() {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.count("status = ?1 and nextAttemptAt <= ?2",
                WebhookDelivery.Status.PENDING, Times.now()));
    }

    @Test
    void aConfirmedDelegationIsAnnouncedSignedAndLogged() throws Exception {
        Receiver r = receiver(Receiver.answering());
        var sub = subscribe(asPartner(partner.apiKey()), r.url(), List.of("registration.created", "registration.confirmed"));
        String secret = sub.path("secret");
        assertThat(secret).startsWith("whsec_");
        String reg = register(partner);
        asOrganiser().post("/events/" + event + "/registrations/" + reg + "/approve").then().statusCode(200);
        deliverAll();

        assertThat(r.received()).hasSize(2);
        Receiver.Received confirmed = r.received().stream().filter(x -> x.body().contains("registration.confirmed")).findFirst().orElseThrow();
        assertThat(confirmed.signature()).isEqualTo("v1," + hmac(secret, confirmed.id() + "." + confirmed.timestamp() + "." + confirmed.body()));
        assertThat(confirmed.body()).contains("\"data\":{\"id\":\"" + reg + "\"").contains("\"status\":\"CONFIRMED\"");
        asPartner(partner.apiKey()).get("/webhooks/" + (String) sub.path("id") + "/deliveries").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")), "items[0].eventType",
                        equalTo("registration.confirmed"), "items[0].attempts", equalTo(1), "items[0].lastResponseCode", equalTo(204));
        asPartner(partner.apiKey()).get("/webhooks/" + (String) sub.path("id")).then().body("secret", nullValue());
    }

    /** Revoking a partner's key silences what it subscribed: the city's registrations no longer reach its endpoint. */
    @Test
    void aRevokedPartnersSubscriptionsHearNothingMore() {
        Receiver r = receiver(Receiver.answering());
        String sub = subscribe(asPartner(partner.apiKey()), r.url(), List.of("registration.created", "registration.confirmed")).path("id");
        String reg = register(partner);
        deliverAll();
        assertThat(r.received()).hasSize(1);
        asOrganiser().delete("/partners/" + partner.id()).then().statusCode(204);
        asOrganiser().get("/webhooks/" + sub).then().statusCode(200).body("status", equalTo("DISABLED"));
        asOrganiser().post("/events/" + event + "/registrations/" + reg + "/approve").then().statusCode(200);
        deliverAll();
        assertThat(r.received()).hasSize(1);
    }

    @Test
    void aPartnerHearsOnlyOfItsOwnCityAndTheOrganiserOfEverything() {
        Receiver mine = receiver(Receiver.answering());
        Receiver organisers = receiver(Receiver.answering());
        subscribe(asPartner(partner.apiKey()), mine.url(), List.of("registration.created"));
        subscribe(asOrganiser(), organisers.url(), List.of("registration.created", "registration.waitlisted"));
        register(Partners.create("JP", "Someone else " + unique())); // takes the only place
        register(partner);                                            // waitlisted
        deliverAll();
        assertThat(mine.received()).hasSize(1);
        assertThat(mine.received().get(0).body()).contains("\"cityId\":\"" + partner.cityId() + "\"");
        assertThat(organisers.received()).hasSize(3); // two created, one waitlisted
        // the waitlisted registration's two types share one statement: each delivery still carries its own type
        assertThat(organisers.received()).extracting(Receiver.Received::body)
                .filteredOn(body -> body.startsWith("{\"type\":\"registration.waitlisted\",\"timestamp\":\""))
                .singleElement().asString().contains("\"data\":{\"id\":").contains("\"status\":\"WAITLISTED\"");
        assertThat(organisers.received()).extracting(Receiver.Received::body)
                .filteredOn(body -> body.startsWith("{\"type\":\"registration.created\",\"timestamp\":\"")).hasSize(2);
        String other = subscribe(asOrganiser(), organisers.url(), List.of("event.updated")).path("id");
        asPartner(partner.apiKey()).get("/webhooks/" + other).then().statusCode(404);
    }

    @Test
    void aReceiverThatFailsIsRetriedWithBackoffUntilItAnswers() {
        Receiver r = receiver(Receiver.failingFirst(2));
        String sub = subscribe(asPartner(partner.apiKey()), r.url(), List.of("registration.created")).path("id");
        register(partner);
        deliverAll();
        assertThat(r.calls()).isEqualTo(3);
        asPartner(partner.apiKey()).get("/webhooks/" + sub + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED"), "items[0].attempts", equalTo(3));
        asPartner(partner.apiKey()).get("/webhooks/" + sub).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void aReceiverThatHangsTimesOutAndItsSubscriptionTurnsFailing() {
        Receiver r = receiver(Receiver.hanging());
        String sub = subscribe(asPartner(partner.apiKey()), r.url(), List.of("registration.created")).path("id");
        register(partner);
        for (int round = 0; round < 3; round++) {
            assertThat(deliverer.deliverDue()).isPositive();
            QuarkusTransaction.requiringNew().run(() -> deliveries.update("nextAttemptAt = ?1 where status = ?2", Times.now(),
                    WebhookDelivery.Status.PENDING)); // make the retry due now instead of waiting out its backoff
        }
        asPartner(partner.apiKey()).get("/webhooks/" + sub + "/deliveries").then()
                .body("items", org.hamcrest.Matchers.hasSize(1), "items[0].status", equalTo("PENDING"), "items[0].attempts", equalTo(3),
                        "items[0].lastError", startsWith("no answer within 1000 ms"));
        asPartner(partner.apiKey()).get("/webhooks/" + sub).then().body("status", equalTo("FAILING"));
    }

    /** Two workers (two threads here; two instances alike, through the database) deliver each row exactly once. */
    @Test
    void twoWorkersOnOneDatabaseDeliverEachRowOnce() throws Exception {
        Receiver r = receiver(Receiver.answering());
        String sub = subscribe(asOrganiser(), r.url(), List.of("event.updated")).path("id");
        for (int i = 0; i < 40; i++) {
            asOrganiser().post("/webhooks/" + sub + "/ping").then().statusCode(202);
        }
        List<Callable<Integer>> workers = List.of(deliverer::deliverDue, deliverer::deliverDue);
        List<Integer> attempts = Parallel.run(2, workers);
        deliverAll();
        assertThat(r.received()).hasSize(40);
        assertThat(r.countsById().values()).containsOnly(1L);
        assertThat(attempts.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(40);
    }

    /** A worker that claimed rows and died never records them: once its lease ends they are delivered, none lost. */
    @Test
    void rowsOfAWorkerThatDiedAreDeliveredAfterItsLease() {
        Receiver r = receiver(Receiver.answering());
        String sub = subscribe(asOrganiser(), r.url(), List.of("event.updated")).path("id");
        for (int i = 0; i < 3; i++) {
            asOrganiser().post("/webhooks/" + sub + "/ping").then().statusCode(202);
        }
        var claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(Times.now(), Times.now(), 100));
        assertThat(claimed).hasSize(3); // ... and the worker is gone
        deliverAll();
        assertThat(r.countsById()).hasSize(3).containsValues(1L);
    }

    @Test
    void targetsMustBeHttpAndSubscriptionsAreTheirOwnersAlone() {
        api().body(Map.of("url", "ftp://files.example/hook", "events", List.of("event.updated"))).post("/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("url"), "errors[0].message", containsString("http"));
        asPartner(partner.apiKey()).get("/webhooks").then().statusCode(200).body("items", empty());
        given().get("/webhooks").then().statusCode(401);
        deliverer.deliverDue();
        RestAssured.given().noFiltersOfType(com.atlassian.oai.validator.restassured.OpenApiValidationFilter.class).basePath("/")
                .get("/q/metrics").then().statusCode(200)
                .body(containsString("mayors_webhooks_outbox_backlog"), containsString("mayors_webhooks_outbox_oldest_pending_seconds"));
    }

    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
