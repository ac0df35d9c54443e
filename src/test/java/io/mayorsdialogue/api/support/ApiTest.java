package io.mayorsdialogue.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Base of every HTTP test: each REST Assured call is checked against the root openapi.yaml, so an undeclared
 * status, header or body shape fails the test. Negative tests send requests the contract forbids on purpose;
 * request-side findings are therefore tolerated only when the service answered them with a 4xx.
 */
public abstract class ApiTest {

    public static final String CONTRACT = contract();

    public static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT)
                    .withWhitelist(ValidationErrorsWhitelist.create().withRule("bad requests the service rejected with a 4xx",
                            (message, operation, request, response) -> message.getKey().startsWith("validation.request.")
                                    && response != null && response.getStatus() >= 400 && response.getStatus() < 500))
                    .build());

    /** Per test: Quarkus resets REST Assured's base path before each test. */
    @BeforeEach
    void validateEveryCallAgainstTheContract() {
        RestAssured.replaceFiltersWith(CONTRACT_FILTER);
        RestAssured.basePath = "/api/v1";
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", CONNECT_TIMEOUT_MS)
                .setParam("http.socket.timeout", ANSWER_TIMEOUT_MS));
    }

    /** A request that gets no answer fails its test instead of hanging the build. */
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int ANSWER_TIMEOUT_MS = 60_000;

    /** The organiser key of the test profile (application.properties). */
    public static final String ORGANISER_KEY = "test-organiser-key-0123456789";

    /** A JSON request with the organiser's key: the common case for writes. */
    protected static RequestSpecification api() {
        return asOrganiser().contentType(ContentType.JSON);
    }

    protected static RequestSpecification asOrganiser() {
        return RestAssured.given().header("Authorization", "Bearer " + ORGANISER_KEY);
    }

    protected static RequestSpecification asPartner(String apiKey) {
        return RestAssured.given().header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON);
    }

    /** A short suffix that keeps names unique across tests sharing one database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String contract() {
        try {
            return Files.readString(Path.of("openapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml must be readable from the project root", e);
        }
    }
}
