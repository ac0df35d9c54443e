package io.mayorsdialogue.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of openapi.yaml × {anonymous, invalid key, partner, organiser}: who is refused (401/403) follows
 * from the operation's x-roles. Generated from the contract, so a new operation is covered the day it is added.
 */
@QuarkusTest
class AccessMatrixTest extends ApiTest {

    private static Partners.Partner partner;

    @BeforeEach
    void partner() {
        if (partner == null) {
            Fixtures.country("JP", "Japan");
            partner = Partners.create("JP", "Hagi " + unique());
        }
    }

    private record Operation(String id, String method, String path, Set<String> roles, boolean hasBody) {
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAdmitsExactlyTheRolesItsContractNames() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : operations) {
            tests.add(DynamicTest.dynamicTest(op.id() + " anonymous", () ->
                    expect(op, RestAssured.given(), !op.roles().isEmpty(), 401)));
            tests.add(DynamicTest.dynamicTest(op.id() + " invalid key", () ->
                    expect(op, RestAssured.given().header("Authorization", "Bearer mdk_not-a-real-key"), true, 401)));
            tests.add(DynamicTest.dynamicTest(op.id() + " partner", () ->
                    expect(op, RestAssured.given().header("Authorization", "Bearer " + partner.apiKey()),
                            !op.roles().isEmpty() && !op.roles().contains("partner"), 403)));
            tests.add(DynamicTest.dynamicTest(op.id() + " organiser", () ->
                    expect(op, RestAssured.given().header("Authorization", "Bearer " + ORGANISER_KEY),
                            !op.roles().isEmpty() && !op.roles().contains("organiser"), 403)));
        }
        return tests.stream();
    }

    private static void expect(Operation op, RequestSpecification request, boolean refused, int refusal) {
        String path = op.path().replace("{code}", "JP").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (op.hasBody()) {
            request.contentType("application/json").body("{}");
        }
        int status = request.request(op.method(), path).statusCode();
        if (refused) {
            assertThat(status).as(op.id()).isEqualTo(refusal);
        } else {
            assertThat(status).as(op.id()).isNotIn(401, 403);
        }
    }

    private static List<Operation> operations() throws Exception {
        JsonNode root = new YAMLMapper().readTree(CONTRACT);
        List<Operation> ops = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode op = entry.getValue();
            if (op.has("operationId")) {
                Set<String> roles = new HashSet<>();
                op.path("x-roles").forEach(r -> roles.add(r.asText()));
                ops.add(new Operation(op.get("operationId").asText(), entry.getKey().toUpperCase(), path.getKey(), roles,
                        op.has("requestBody")));
            }
        }));
        return ops;
    }
}
