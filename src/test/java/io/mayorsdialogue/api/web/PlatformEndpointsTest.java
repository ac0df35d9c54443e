package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The contract served at /q/openapi is the root openapi.yaml, and readiness includes the database. */
@QuarkusTest
class PlatformEndpointsTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void servesTheContractFileUnchanged() {
        String served = given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/")
                .accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        Map<String, Object> file = new Yaml().load(CONTRACT);
        Map<String, Object> json = JsonPath.from(served).getMap("");
        assertThat(((Map<String, Object>) json.get("paths")).keySet())
                .isEqualTo(((Map<String, Object>) file.get("paths")).keySet());
        assertThat(((Map<String, Object>) json.get("info")).get("title")).isEqualTo("Mayors Dialogue API");
        assertThat(((Map<String, Object>) ((Map<String, Object>) json.get("components")).get("schemas")).keySet())
                .isEqualTo(((Map<String, Object>) ((Map<String, Object>) file.get("components")).get("schemas")).keySet());
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/")
                .get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
    }

    @Test
    void swaggerUiIsServed() {
        given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/")
                .get("/q/swagger-ui/").then().statusCode(200);
    }
}
