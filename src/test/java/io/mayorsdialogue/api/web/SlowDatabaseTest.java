package io.mayorsdialogue.api.web;

import io.agroal.api.AgroalDataSource;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.HeldRowLock;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * A statement that waits past the statement timeout (3 s in the test profile) is cancelled by PostgreSQL and
 * answered 503 with Retry-After; the write is rolled back, and the pool goes on serving everyone else meanwhile.
 * The wait here is real: a registration queues for the event's row lock, which the test holds.
 */
@QuarkusTest
class SlowDatabaseTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatementPastTheTimeoutIs503AndChangesNothing() throws Exception {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Slow host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Slow " + unique(), host, 5);
        Partner partner = Partners.create("JP", "Slow city " + unique());
        String registrations = "/events/" + event + "/registrations";

        try (HeldRowLock lock = HeldRowLock.on(dataSource, "event", UUID.fromString(event))) {
            asPartner(partner.apiKey()).body(Partners.delegation(partner)).post(registrations)
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "2")
                    .body("type", endsWith("/unavailable"), "status", equalTo(503));
            given().get("/events/" + event).then().statusCode(200); // reads are not blocked, and a connection was free
        }
        asOrganiser().get(registrations).then().body("items", empty());
        asPartner(partner.apiKey()).body(Partners.delegation(partner)).post(registrations).then().statusCode(201);
    }
}
