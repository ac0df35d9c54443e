package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Request ids, and the metrics operators scrape. */
@QuarkusTest
class OperationsTest extends ApiTest {

    @Test
    void everyAnswerCarriesARequestIdAndProblemsRepeatIt() {
        given().get("/countries").then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "trace-me-42").get("/cities/unknown").then().statusCode(404)
                .header("X-Request-Id", "trace-me-42").body("requestId", equalTo("trace-me-42"));
        given().header("X-Request-Id", "bad id with spaces").get("/countries").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").header("X-Request-Id", "outside-1")
                .get("/nowhere").then().statusCode(404).header("X-Request-Id", "outside-1").body("requestId", equalTo("outside-1"));
    }

    @Test
    void prometheusMetricsCountHttpTrafficRegistrationsAndReplays() {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Metrics host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Metrics " + unique(), host, null);
        Partners.Partner p = Partners.create("JP", "Metrics city " + unique());
        String key = "metrics-" + unique();
        double before = counter("mayors_registrations_created_total{status=\"PENDING\"}");
        double replaysBefore = counter("mayors_idempotency_requests_total{outcome=\"replayed\"}");
        for (int i = 0; i < 2; i++) {
            asPartner(p.apiKey()).header("Idempotency-Key", key).body(Map.of("headMayorId", p.mayorId()))
                    .post("/events/" + event + "/registrations").then().statusCode(201);
        }
        assertThat(counter("mayors_registrations_created_total{status=\"PENDING\"}")).isEqualTo(before + 1);
        assertThat(counter("mayors_idempotency_requests_total{outcome=\"replayed\"}")).isEqualTo(replaysBefore + 1);
        assertThat(metrics()).contains("http_server_requests_seconds_count{").contains("uri=\"/events/{id}/registrations\"");
    }

    private static String metrics() {
        return given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    private static double counter(String series) {
        return metrics().lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
