package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.common.Sha256;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class IdempotencyTest extends ApiTest {

    @Inject
    IdempotencyStore store;

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

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String key = "fix-and-retry-" + unique();
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Map.of("notes", "forgot the head"))
                .post(registrations()).then().statusCode(422);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner))
                .post(registrations()).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    /** While the first request with a key is still running, a copy is told so (409) and nothing is created. */
    @Test
    void aDuplicateOfARequestStillRunningIs409() {
        String key = "slow-" + unique();
        String path = "/api/v1" + registrations();
        String body = "{\"headMayorId\":\"" + partner.mayorId() + "\"}";
        // The first request has claimed the key and not finished: exactly the state its duplicate meets.
        assertThat(store.claim("partner:" + partner.id(), key, Sha256.hex("POST " + path + "\n" + body)))
                .isInstanceOf(IdempotencyStore.Claimed.class);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations())
                .then().statusCode(409).body("title", equalTo("Request already in progress"));
        asOrganiser().get(registrations()).then().body("items", hasSize(0));
        store.release("partner:" + partner.id(), key);
        asPartner(partner.apiKey()).header("Idempotency-Key", key).body(body).post(registrations()).then().statusCode(201);
    }

    /** Ten copies of one request at once: exactly one creates; the others get 409 (still running) or its replay. */
    @Test
    void concurrentDuplicatesCreateExactlyOne() throws Exception {
        String key = "burst-" + unique();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> asPartner(partner.apiKey()).header("Idempotency-Key", key).body(Partners.delegation(partner))
                    .post(registrations()));
        }
        List<Response> answers = Parallel.run(10, calls);
        long originals = answers.stream().filter(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).count();
        assertThat(originals).isEqualTo(1);
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        asOrganiser().get(registrations()).then().body("items", hasSize(1));
    }
}
