package io.mayorsdialogue.api.deferred;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.CapturedStatements;
import io.mayorsdialogue.api.support.PostgresRoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement inspector that sends a held claim ahead of Hibernate's statements, as the running service has it:
 * from application.properties, without the tests' capturing bean, which otherwise takes its place.
 */
@QuarkusTest
@TestProfile(FirstReadAsConfiguredTest.WithoutCapture.class)
class FirstReadAsConfiguredTest extends ApiTest {

    public static class WithoutCapture implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", CapturedStatements.class.getName());
        }
    }

    /** Its replay is the claim and the rollback: none of the change's statements went ahead of the claim. */
    @Test
    void aReplayOfAChangeHibernateWritesSendsTheClaimFirst() {
        String key = unique();
        Map<String, String> topic = Map.of("title", "Configured replay " + unique());
        api().header("Idempotency-Key", key).body(topic).post("/topics").then().statusCode(201);
        assertThat(PostgresRoundTrips.of(() -> api().header("Idempotency-Key", key).body(topic).post("/topics")
                .then().statusCode(201).header("Idempotent-Replayed", "true"))).isEqualTo(2);
    }
}
