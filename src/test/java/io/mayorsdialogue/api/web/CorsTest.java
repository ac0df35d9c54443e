package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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

    /** Refused before Quarkus's CORS filter (which would send an empty 403) with a problem saying why. */
    @Test
    void anyOtherOriginIsRefusedWithAProblem() {
        given().noFiltersOfType(OpenApiValidationFilter.class).header("Origin", "https://evil.example").get("/topics")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("status", equalTo(403), "type", endsWith("/http-error"),
                        "detail", containsString("'https://evil.example'"), "detail", containsString("MAYORS_CORS_ORIGINS"));
        given().noFiltersOfType(OpenApiValidationFilter.class)
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/topics").then().statusCode(403).contentType("application/problem+json");
    }

    /** A page served by the API's own host (Swagger UI) sends Origin on a POST: same-origin, admitted. */
    @Test
    void theServicesOwnOriginIsAdmitted() {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        given().header("Origin", "http://localhost:" + port).get("/topics").then().statusCode(200);
        // the same host on another port or scheme is another origin: refused, with a problem body as any other
        for (String other : List.of("http://localhost:" + (port + 1), "https://localhost:" + port)) {
            given().noFiltersOfType(OpenApiValidationFilter.class).header("Origin", other).get("/topics")
                    .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(other));
        }
    }
}
