package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.crypto.Sha256;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.HeldRowLock;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class IdempotencyTest extends ApiTest {

    @Inject
    IdempotencyStore store;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    private Partner partner;
    private String event;

    @BeforeEach
    void set() {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Idem host " + unique(), "JP", "Asia/Tokyo");
        event = Partners.openEvent("Retries " + unique(), host, null);
        partner = Partners.create("JP", "Idem city " + unique());
    }

    private String registrations() {
        return "/events/" + event + "/registrations";
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswerAndCreatesNothing() {
        String key = "retry-" + unique();
        var first = asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner))
                .post(registrations()).then().statusCode(201).extract();
        var again = asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner))
                .post(registrations()).then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        // the replay carries the delegation's personal data as the first answer did: no cache may keep either
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        assertThat(again.header("Cache-Control")).isEqualTo("no-store");
        asOrganiser().get(registrations()).then().body("items", hasSize(1));
        assertThat(first.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = "reuse-" + unique();
        api().header("Idempotency-Key", key).body(Map.of("title", "First " + unique())).post("/topics").then().statusCode(201);
        api().header("Idempotency-Key", key).body(Map.of("title", "Second " + unique())).post("/topics")
                .then().statusCode(422).body("title", equalTo("Idempotency key reused"));
    }

    @Test
    void keysBelongToOneCredential() {
        String key = "shared-" + unique();
        Partner other = Partners.create("JP", "Other idem city " + unique());
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner)).post(registrations())
                .then().statusCode(201);
        asPartner(other.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(other)).post(registrations())
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        asOrganiser().get(registrations()).then().body("items", hasSize(2));
    }

    /** Keys are logged and stored: outside the documented alphabet or length they are refused before anything runs. */
    @Test
    void keysOutsideTheSafeAlphabetAre400AndCreateNothing() {
        String title = "Unsafe key " + unique();
        for (String key : List.of("", "with space", "line\tbreak", "%0d%0a", "ключ", "a".repeat(101), "quote\"d")) {
            api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        }
        given().queryParam("q", title).get("/topics").then().body("items", hasSize(0));
        api().header("Idempotency-Key", "01J9Z3:ok.key_~-" + "a".repeat(84)).body(Map.of("title", title)).post("/topics")
                .then().statusCode(201);
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String key = "fix-and-retry-" + unique();
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Map.of("notes", "forgot the head"))
                .post(registrations()).then().statusCode(422);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner))
                .post(registrations()).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    /**
     * While the first request with a key is still running (in its transaction, holding the key's lock, with nothing
     * stored yet), a copy is told so (409) without waiting for it, and creates nothing.
     */
    @Test
    void aDuplicateOfARequestStillRunningIs409() throws Exception {
        String key = "slow-" + unique();
        String body = "{\"headMayorId\":\"" + partner.mayorId() + "\"}";
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<Boolean> running = first.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            boolean taken = (Boolean) em.createNativeQuery(IdempotencyStore.KEY_LOCK)
                    .setParameter(1, "partner:" + partner.id()).setParameter(2, key).getSingleResult();
            locked.countDown();
            answered.await();
            return taken;
        }));
        try {
            locked.await();
            asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations())
                    .then().statusCode(409).body("title", equalTo("Request already in progress"));
            asOrganiser().get(registrations()).then().body("items", hasSize(0));
        } finally {
            answered.countDown();
            first.shutdown();
        }
        assertThat(running.get()).as("the first request's lock on the key").isTrue();
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations()).then().statusCode(201);
    }

    /**
     * Ten copies of one partner-key request at once. Nothing but the Idempotency-Key can stop duplicates here (a
     * city may have many partner keys): exactly one key is issued, and every other copy is either its replay or
     * told that the first is still running.
     */
    @Test
    void concurrentDuplicatesCreateExactlyOne() throws Exception {
        String key = "burst-" + unique();
        String city = partner.cityId();
        Map<String, String> body = Map.of("cityId", city, "name", "Burst integration " + unique());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api().header("Idempotency-Key", key).body(body).post("/partners"));
        }
        oneMadeTheRestReplayedOrInProgress(Parallel.run(10, calls));
        asOrganiser().queryParam("cityId", city).queryParam("limit", 100).get("/partners")
                .then().body("items.name", hasSize(2)); // the fixture's own key and the one issued here
    }

    /**
     * The same for the busiest write, whose claim travels with the event's lock (DeferredWrites#holdFirst): ten
     * copies of one keyed registration at once make one registration; every other copy is its replay or a 409 saying
     * the first is still running, never the registration rule's 409. Repeated, since the race it guards against (a
     * copy refused the key locking its stored row, IdempotencyStore's look-up) showed in one round of 15 to 40.
     */
    @RepeatedTest(30)
    void concurrentDuplicatesOfARegistrationCreateExactlyOne() throws Exception {
        String key = "burst-registration-" + unique();
        Map<String, Object> body = Partners.delegation(partner);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations()));
        }
        oneMadeTheRestReplayedOrInProgress(Parallel.run(10, calls));
        asOrganiser().get(registrations()).then().body("items", hasSize(1));
    }

    /**
     * A used key sent with another request that fails before it reaches the database (an event id that is no id) is
     * still told it was used for another request, as when the claim went first: the claim goes when the change stops.
     */
    @Test
    void aUsedKeyOnARequestRefusedBeforeAnyStatementIs422() {
        String key = "elsewhere-" + unique();
        Map<String, Object> body = Partners.delegation(partner);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations()).then().statusCode(201);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post("/events/not-an-id/registrations")
                .then().statusCode(422).body("title", equalTo("Idempotency key reused"));
        asPartner(partner.apiKey()).header("Idempotency-Key", "fresh-" + unique()).body(body).post("/events/not-an-id/registrations")
                .then().statusCode(404);
    }

    /** Exactly one copy made the change; every other one is its replay or was told the first is still running. */
    private static void oneMadeTheRestReplayedOrInProgress(List<Response> answers) {
        List<Response> originals = answers.stream().filter(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).toList();
        assertThat(originals).hasSize(1);
        String made = originals.get(0).path("id");
        assertThat(answers).allSatisfy(r -> {
            if (r.statusCode() == 201) {
                assertThat((String) r.path("id")).isEqualTo(made);
            } else {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat((String) r.path("type")).as(r.asString()).endsWith("/idempotency-in-progress");
            }
        });
    }

    /** A key is forgotten after its TTL: used again, even before the purge has removed it, it is a new request. */
    @Test
    void anExpiredKeyCanBeUsedAgainForAnotherRequest() {
        String key = "expiring-" + unique();
        String first = api().header("Idempotency-Key", key).body(Map.of("title", "Expiring " + unique())).post("/topics")
                .then().statusCode(201).extract().path("id");
        expire(key);
        String title = "Reused after expiry " + unique();
        String second = api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null).body("title", equalTo(title))
                .extract().path("id");
        assertThat(second).isNotEqualTo(first);
        // and the new request's answer is the one kept for its retries
        api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(second));
    }

    /**
     * An expired key whose row a purge is deleting, not yet committed, is used again once the purge commits. The
     * claim locks the key's row, skipping one that is going away, so it claims the key as new and its answer's insert
     * waits for the purge; read without a lock, the row looked there to take over, and the answer's update found
     * nothing once the purge committed (409).
     */
    @Test
    void anExpiredKeyThePurgeIsRemovingIsUsedAgainOnceThePurgeCommits() throws Exception {
        String key = "purging-" + unique();
        api().header("Idempotency-Key", key).body(Map.of("title", "Being purged " + unique())).post("/topics")
                .then().statusCode(201);
        expire(key);
        String title = "Reused while purged " + unique();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<Response> reuse;
            try (HeldRowLock purge = HeldRowLock.deleting(dataSource, "idempotency_key", "idem_key", key)) {
                reuse = client.submit(() -> api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics"));
                purge.awaitBlocked(1, Duration.ofSeconds(10));
            }
            reuse.get().then().statusCode(201).header("Idempotent-Replayed", (String) null).body("title", equalTo(title));
        } finally {
            client.shutdown();
        }
        api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("title", equalTo(title));
    }

    /** The background purge removes expired keys, however many, and keeps the live ones. */
    @Test
    void thePurgeRemovesExpiredKeysOnly() {
        String live = "live-" + unique();
        api().header("Idempotency-Key", live).body(Map.of("title", "Live " + unique())).post("/topics").then().statusCode(201);
        String prefix = "expired-" + unique() + "-";
        int expired = IdempotencyStore.PURGE_BATCH + 1; // more than one batch
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into idempotency_key (scope, idem_key, request_hash, state, created_at, expires_at)
                select 'organiser', ?1 || i, 'hash', 'COMPLETED', now() - interval '2 days', now() - interval '1 day'
                from generate_series(1, ?2) i""").setParameter(1, prefix).setParameter(2, expired).executeUpdate());
        assertThat(storedKeysLike(prefix)).isEqualTo(expired);

        store.purgeExpired();

        assertThat(storedKeysLike(prefix)).isZero();
        assertThat(storedKeys(live)).isEqualTo(1);
    }

    /**
     * The change and its recorded answer commit together: when the answer cannot be kept, the change is not kept
     * either, and the key is free for the retry. (Recorded after the change's commit, a crash between the two left
     * a change whose retries could only meet it, a 409, and never get its 201.)
     */
    @Test
    void aChangeWhoseAnswerCannotBeRecordedIsNotKept() {
        String key = "unrecordable-" + unique();
        String title = UnrecordableAnswer.TITLE_PREFIX + unique();
        for (int attempt = 0; attempt < 2; attempt++) {
            api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                    .then().statusCode(500).contentType("application/problem+json");
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from topic where title = ?1").setParameter(1, title).getSingleResult()).longValue());
        assertThat(stored).as("topics created by the unanswered requests").isZero();
        assertThat(storedKeys(key)).as("the key, released for a retry").isZero();
    }

    /**
     * The previous release claimed a key in a transaction of its own, committed before its change. During a rolling
     * deploy such a claim counts as in progress (409); when its request never finished (its instance died), only for
     * a bounded time: after that a retry takes the claim over and is answered.
     */
    @Test
    void anAbandonedClaimIsTakenOverAfterItsTimeout() {
        String key = "abandoned-" + unique();
        String body = "{\"headMayorId\":\"" + partner.mayorId() + "\"}";
        String path = "/api/v1" + registrations();
        claimAsThePreviousRelease("partner:" + partner.id(), key, Sha256.hex("POST " + path + "\n" + body));
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations()).then().statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_key set created_at = now() - (?2 * interval '1 second') where idem_key = ?1")
                .setParameter(1, key).setParameter(2, store.abandonedAfter().toSeconds() + 1).executeUpdate());
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations())
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations())
                .then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    /**
     * A key the previous release claims for its request while this release's request with the same key runs (a
     * rolling deploy): that request is the previous release's, so this one's change is rolled back and it is told
     * to retry (409). OvertakenAnswer commits that claim while the answer is being recorded.
     */
    @Test
    void aKeyClaimedByThePreviousReleaseMeanwhileRollsTheChangeBack() {
        String key = "overtaken-" + unique();
        String title = OvertakenAnswer.TITLE_PREFIX + key;
        api().header("Idempotency-Key", key).body(Map.of("title", title)).post("/topics")
                .then().statusCode(409).body("type", endsWith("/idempotency-in-progress"));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from topic where title = ?1").setParameter(1, title).getSingleResult()).longValue());
        assertThat(stored).as("topics created by the overtaken request").isZero();
        String state = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select state from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult());
        assertThat(state).as("the previous release's claim, left as it was").isEqualTo("IN_PROGRESS");
    }

    /** A claim as the previous release committed it before running its change. */
    static void claimAsThePreviousRelease(EntityManager em, String scope, String key, String requestHash) {
        em.createNativeQuery("""
                insert into idempotency_key (scope, idem_key, request_hash, state, created_at, expires_at)
                values (?1, ?2, ?3, 'IN_PROGRESS', now(), now() + interval '1 day')""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
    }

    private void claimAsThePreviousRelease(String scope, String key, String requestHash) {
        QuarkusTransaction.requiringNew().run(() -> claimAsThePreviousRelease(em, scope, key, requestHash));
    }

    private void expire(String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_key set expires_at = now() - interval '1 minute' where idem_key = ?1")
                .setParameter(1, key).executeUpdate());
    }

    private long storedKeysLike(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_key where idem_key like ?1 || '%'").setParameter(1, prefix)
                .getSingleResult()).longValue());
    }

    private long storedKeys(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_key where idem_key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }
}
