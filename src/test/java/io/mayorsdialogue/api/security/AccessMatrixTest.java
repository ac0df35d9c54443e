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
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of openapi.yaml × {anonymous, invalid key, partner, organiser}, generated from the contract so a new
 * operation is covered the day it is added. A refused cell must answer 401/403 as its x-roles say; an allowed cell is
 * called with real fixtures and must answer the operation's documented success status, so the test proves
 * permissions, not only refusals (an operation without a scenario here fails the test).
 */
@QuarkusTest
class AccessMatrixTest extends ApiTest {

    private static Partners.Partner partner;

    @BeforeEach
    void partner() {
        if (partner == null) {
            Fixtures.country("JP", "Japan");
            partner = Partners.create("JP", "Hagi " + unique());
            AllowedCalls.partner = partner;
        }
    }

    private record Operation(String id, String method, String path, Set<String> roles, boolean hasBody, int success) {
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
            for (String role : List.of("anonymous", "partner", "organiser")) {
                if (op.roles().isEmpty() || op.roles().contains(role)) {
                    tests.add(DynamicTest.dynamicTest(op.id() + " " + role + " allowed", () -> succeeds(op, role)));
                }
            }
        }
        return tests.stream();
    }

    /** An allowed cell, with real data: the documented success status, nothing less. */
    private static void succeeds(Operation op, String role) {
        Supplier<Call> scenario = AllowedCalls.SCENARIOS.get(op.id());
        assertThat(scenario).as("a scenario for " + op.id() + " in AllowedCalls").isNotNull();
        Call call = scenario.get();
        RequestSpecification request = switch (role) {
            case "organiser" -> RestAssured.given().header("Authorization", "Bearer " + ORGANISER_KEY);
            case "partner" -> RestAssured.given().header("Authorization", "Bearer " + call.partnerKey());
            default -> RestAssured.given();
        };
        call.headers().forEach(request::header);
        if (call.body() != null) {
            request.contentType("application/json").body(call.body());
        }
        int status = request.request(op.method(), call.path()).statusCode();
        assertThat(status).as(op.id() + " as " + role + " on " + call.path()).isEqualTo(op.success());
    }

    private static void expect(Operation op, RequestSpecification request, boolean refused, int refusal) {
        String path = op.path().replace("{code}", "JP").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (op.hasBody()) {
            request.contentType("application/json").body("{}");
        }
        var answer = request.request(op.method(), path);
        int status = answer.statusCode();
        if (refused) {
            assertThat(status).as(op.id()).isEqualTo(refusal);
            assertThat(answer.<String>path("instance")).as(op.id() + ": the refused path").isEqualTo("/api/v1" + path);
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
                int success = 0;
                for (var codes = op.path("responses").fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    if (code.startsWith("2")) {
                        success = Integer.parseInt(code);
                    }
                }
                ops.add(new Operation(op.get("operationId").asText(), entry.getKey().toUpperCase(), path.getKey(), roles,
                        op.has("requestBody"), success));
            }
        }));
        return ops;
    }
}
