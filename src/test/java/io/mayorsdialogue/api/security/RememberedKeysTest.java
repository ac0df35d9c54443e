package io.mayorsdialogue.api.security;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A partner key this instance remembers is taken at its word for a keyed change and confirmed in the change's
 * transaction (AccessFilter). A key revoked since — here on this instance, which does not forget it on revocation,
 * as another instance would not — must change nothing and answer nothing but the 401 an unknown key gets, whatever
 * else is wrong with the request and whenever that is found.
 */
@QuarkusTest
class RememberedKeysTest extends ApiTest {

    private static final String INVALID_KEY = "The API key is not valid or has been revoked.";

    @Inject
    EntityManager em;

    private Partners.Partner partner;
    private String event;

    @BeforeEach
    void aKeyUsedOnce() {
        Fixtures.country("JP", "Japan");
        partner = Partners.create("JP", "Remembering city " + unique());
        event = Partners.openEvent("Remembered keys " + unique(), Fixtures.city("Remembering host " + unique(), "JP", "Asia/Tokyo"), 100);
        asPartner(partner.apiKey()).get("/events/" + event + "/registrations").then().statusCode(200);
    }

    private void revoke() {
        asOrganiser().delete("/partners/" + partner.id()).then().statusCode(204);
    }

    private RequestSpecification keyed(String key) {
        return asPartner(partner.apiKey()).header("Idempotency-Key", key);
    }

    /** For bodies the contract refuses: the client-side contract check would stop them before they are sent. */
    private RequestSpecification keyedUnchecked(String key) {
        return keyed(key).noFiltersOfType(OpenApiValidationFilter.class);
    }

    private static ValidatableResponse refusedAsInvalid(ValidatableResponse answer) {
        return answer.statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", equalTo(INVALID_KEY)).header("Idempotent-Replayed", nullValue())
                .header("Location", nullValue()).header("ETag", nullValue());
    }

    private void nothingRegistered() {
        asOrganiser().get("/events/" + event + "/registrations").then().statusCode(200).body("items", empty());
    }

    @Test
    void aStillValidKeyRegistersAsBefore() {
        keyed(unique()).body(Partners.delegation(partner)).post("/events/" + event + "/registrations").then().statusCode(201)
                .body("cityId", equalTo(partner.cityId()));
    }

    @Test
    void aKeyRevokedSinceChangesNothing() {
        revoke();
        for (int attempt = 0; attempt < 2; attempt++) { // the second after the refusal made this instance forget the key
            refusedAsInvalid(keyed(unique()).body(Partners.delegation(partner)).post("/events/" + event + "/registrations").then());
        }
        nothingRegistered();
    }

    @Test
    void aRetryOfAChangeMadeBeforeTheRevocationIsNotReplayed() {
        String key = unique();
        keyed(key).body(Partners.delegation(partner)).post("/events/" + event + "/registrations").then().statusCode(201);
        revoke();
        refusedAsInvalid(keyed(key).body(Partners.delegation(partner)).post("/events/" + event + "/registrations").then());
    }

    /** Refused before the change's transaction: the answer waits for a look-up of the key's own. */
    @Test
    void aBodyThatIsNoJsonGetsThe401NotThe400() {
        revoke();
        refusedAsInvalid(keyedUnchecked(unique()).body("{\"delegates\": [").post("/events/" + event + "/registrations").then());
    }

    /** Refused inside the change's transaction, once the confirmation has gone with the event's lock. */
    @Test
    void aRefusedFieldGetsThe401NotThe422() {
        revoke();
        refusedAsInvalid(keyedUnchecked(unique()).body(Map.of("delegates", List.of())).post("/events/" + event + "/registrations").then());
        nothingRegistered();
    }

    /** Refused before the change sent any statement (an event id that is no id): confirmed before its claim is read apart. */
    @Test
    void aRequestRefusedBeforeAnyStatementGetsThe401() {
        revoke();
        refusedAsInvalid(keyedUnchecked(unique()).body(Partners.delegation(partner)).post("/events/not-an-id/registrations").then());
    }

    /** Refused by the access filter itself (an organiser's operation): the 403 waits for the key's look-up. */
    @Test
    void aPartnersKeyOnAnOrganisersOperationGetsThe401NotThe403() {
        keyed(unique()).body(Map.of("title", "Not a partner's " + unique())).post("/topics").then().statusCode(403);
        revoke();
        refusedAsInvalid(keyed(unique()).body(Map.of("title", "Not a partner's " + unique())).post("/topics").then());
    }

    /** A change whose first statement Hibernate sends (a webhook subscription): the confirmation goes just before it. */
    @Test
    void aChangeHibernateWritesFirstIsNotMadeEither() {
        revoke();
        String url = "http://127.0.0.1:9/remembered-" + unique();
        refusedAsInvalid(keyed(unique()).body(Map.of("url", url, "events", List.of("registration.created"))).post("/webhooks").then());
        long subscribed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook where url = ?1").setParameter(1, url).getSingleResult()).longValue());
        assertThat(subscribed).as("subscriptions made for a revoked key").isZero();
    }

    /** Still valid, the same refusals answer as they always did. */
    @Test
    void aValidKeysRefusalsAreUnchanged() {
        keyedUnchecked(unique()).body("{\"delegates\": [").post("/events/" + event + "/registrations").then().statusCode(400);
        keyedUnchecked(unique()).body(Map.of("delegates", List.of())).post("/events/" + event + "/registrations").then().statusCode(422);
        keyedUnchecked(unique()).body(Partners.delegation(partner)).post("/events/not-an-id/registrations").then().statusCode(404);
    }
}
