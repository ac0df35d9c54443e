package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Any Accept that admits JSON works on every operation, including those that answer without a body. The contract can
 * only list problem+json for those, so these calls skip its request check (their answers are still what it says).
 */
@QuarkusTest
class AcceptHeaderTest extends ApiTest {

    @Test
    void operationsWithoutABodyAcceptTheCommonJsonAcceptHeaders() {
        for (String accept : new String[] {"application/json", "application/json, application/*+json", "application/problem+json"}) {
            String topic = Fixtures.topic("Accepting " + unique());
            asOrganiser().noFiltersOfType(OpenApiValidationFilter.class).accept(accept).delete("/topics/" + topic).then().statusCode(204);
            given().get("/topics/" + topic).then().statusCode(404);
            asOrganiser().noFiltersOfType(OpenApiValidationFilter.class).accept(accept).delete("/topics/" + topic).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void anAcceptThatAdmitsNoJsonIsStill406() {
        given().accept("text/html").get("/topics").then().statusCode(406).contentType("application/problem+json");
    }
}
