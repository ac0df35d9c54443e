package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Browsers may call the API only from the configured origins (mayors.cors-origins; the test profile sets one). */
@QuarkusTest
class CorsTest extends ApiTest {

    @Test
    void aConfiguredOriginMayCallAndReadTheLinkHeader() {
        given().noFiltersOfType(OpenApiValidationFilter.class)
                .header("Origin", "https://frontend.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type, Idempotency-Key, traceparent")
                .options("/topics")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://frontend.example"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("traceparent"));
        given().header("Origin", "https://frontend.example").get("/topics")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://frontend.example"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    /** Refused by Quarkus's CORS filter before the API sees it: 403 with no body, outside the contract. */
    @Test
    void anyOtherOriginIsRefused() {
        given().noFiltersOfType(OpenApiValidationFilter.class).header("Origin", "https://evil.example").get("/topics")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
