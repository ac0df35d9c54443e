package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The contract served at /q/openapi is the root openapi.yaml, Swagger UI reads it, and readiness includes the database. */
@QuarkusTest
class PlatformEndpointsTest extends ApiTest {

    @Test
    void servesTheContractFileByteForByte() {
        contract().get("/q/openapi").then().statusCode(200)
                .contentType(ContractRoute.YAML)
                .body(equalTo(CONTRACT));
        contract().head("/q/openapi.yaml").then().statusCode(200).contentType(ContractRoute.YAML);
    }

    @Test
    void servesTheSameDocumentAsJsonWhenAskedForIt() throws Exception {
        JsonNode file = new YAMLMapper().readTree(CONTRACT);
        List<String> answers = List.of(
                contract().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                        .contentType(ContractRoute.JSON).extract().asString(),
                contract().accept("application/json").get("/q/openapi").then().statusCode(200)
                        .contentType(ContractRoute.JSON).extract().asString(),
                contract().get("/q/openapi.json").then().statusCode(200)
                        .contentType(ContractRoute.JSON).extract().asString());
        for (String served : answers) {
            assertThat(new ObjectMapper().readTree(served)).isEqualTo(file);
        }
    }

    private static RequestSpecification contract() {
        return given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/");
    }

    @Test
    void refusesToChangeTheContract() {
        contract().contentType("text/plain").body("openapi: 3.0.3")
                .post("/q/openapi").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD")
                .body("status", equalTo(405));
    }

    @Test
    void contractFormatFollowsTheParameterThenThePathThenTheAcceptHeader() {
        assertThat(ContractRoute.wantsJson("json", "/q/openapi.yaml", "application/yaml")).isTrue();
        assertThat(ContractRoute.wantsJson("yaml", "/q/openapi.json", "application/json")).isFalse();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi.json", "application/yaml")).isTrue();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi.yml", "application/json")).isFalse();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi", "application/json, */*;q=0.01")).isTrue();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi", "application/yaml, application/json;q=0.5")).isFalse();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi", "text/html,*/*;q=0.8")).isFalse();
        assertThat(ContractRoute.wantsJson(null, "/q/openapi", null)).isFalse();
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/")
                .get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
    }

    @Test
    void swaggerUiIsServedAndReadsTheContract() {
        contract().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("url: '/q/openapi'"));
    }
}
