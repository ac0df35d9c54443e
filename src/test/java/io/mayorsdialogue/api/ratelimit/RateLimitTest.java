package io.mayorsdialogue.api.ratelimit;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Rate limits switched on with small quotas. Buckets are per instance and this class shares one address
 * (127.0.0.1), so the tests run in order, the one that spends the address's failed-authentication quota last.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest extends ApiTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mayors.rate-limit.enabled", "true",
                    "mayors.rate-limit.anonymous-per-minute", "5",
                    "mayors.rate-limit.partner-per-minute", "8",
                    "mayors.rate-limit.organiser-per-minute", "100000",
                    "mayors.rate-limit.failed-authentication-per-minute", "3");
        }
    }

    /** 20 anonymous calls at once from one address against a quota of 5: exactly 5 get through. */
    @Test
    @Order(1)
    void parallelAnonymousCallsGetExactlyTheQuota() throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> given().get("/topics"));
        }
        List<Response> answers = Parallel.run(20, calls);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(5);
        assertThat(answers).filteredOn(r -> r.statusCode() == 429).hasSize(15);
        Response refused = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).endsWith("/rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"anonymous\";q=5;w=60");
        assertThat(refused.header("RateLimit")).startsWith("\"anonymous\";r=0;t=");
    }

    /** Each partner key has its own bucket, counted down in the RateLimit header; one partner's flood spares another. */
    @Test
    @Order(2)
    void eachPartnerKeySpendsItsOwnQuota() {
        Fixtures.country("JP", "Japan");
        Partner flooding = Partners.create("JP", "Flooding city " + unique());
        Partner quiet = Partners.create("JP", "Quiet city " + unique());
        String events = "/events";
        for (int i = 0; i < 8; i++) {
            asPartner(flooding.apiKey()).get(events).then().statusCode(200)
                    .header("RateLimit-Policy", "\"partner\";q=8;w=60")
                    .header("RateLimit", org.hamcrest.Matchers.startsWith("\"partner\";r=" + (7 - i) + ";t="));
        }
        asPartner(flooding.apiKey()).get(events).then().statusCode(429).body("type", endsWith("/rate-limited"), "status", equalTo(429));
        asPartner(quiet.apiKey()).get(events).then().statusCode(200).header("RateLimit", org.hamcrest.Matchers.startsWith("\"partner\";r=7;"));
        asOrganiser().get(events).then().statusCode(200); // the organiser's own quota
    }

    /** Calls without credentials are answered 401 but are no failed guesses: they never lock out a valid key. */
    @Test
    @Order(3)
    void callsWithoutCredentialsDoNotSpendTheFailedAuthenticationQuota() {
        for (int i = 0; i < 5; i++) {
            given().get("/partners").then().statusCode(401);
        }
        asOrganiser().get("/partners").then().statusCode(200);
    }

    /** Key guessing: after 3 failed authentications from an address, its credentials are not even checked. */
    @Test
    @Order(4)
    void anAddressThatKeepsFailingToAuthenticateIsRefused() {
        for (int i = 0; i < 3; i++) {
            asPartner("guess-" + i + "-" + unique()).get("/partners").then().statusCode(401);
        }
        asPartner("guess-4-" + unique()).get("/partners").then().statusCode(429)
                .header("RateLimit-Policy", "\"failed-authentication\";q=3;w=60")
                .body("detail", org.hamcrest.Matchers.containsString("failed to authenticate"));
        asOrganiser().get("/partners").then().statusCode(429); // even a valid key, until the address's quota refills
    }
}
