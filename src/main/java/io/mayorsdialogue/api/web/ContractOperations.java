package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the contract says about each operation, read once from the served copy of openapi.yaml: the roles allowed
 * ({@code x-roles}, empty for public) and whether it accepts {@code Idempotency-Key}. Enforcing these from the
 * contract means a new operation cannot be added without stating who may call it.
 */
@ApplicationScoped
public class ContractOperations {

    /** {@code roles} empty: public. */
    public record Operation(String id, Set<String> roles, boolean idempotent) {
    }

    private final Map<String, Operation> byId = new HashMap<>();
    private final Map<Pattern, Set<String>> methodsByPath = new LinkedHashMap<>();

    public ContractOperations() {
        read();
    }

    /** Empty for methods outside the contract (e.g. test-only endpoints). */
    public Optional<Operation> get(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    /**
     * The methods the contract allows on a path relative to the API root (e.g. {@code /events/abc/topics}), with
     * HEAD and OPTIONS, for the {@code Allow} header of a 405 (Quarkus REST raises it without one). Empty if unknown.
     */
    public Set<String> allowedMethods(String path) {
        return methodsByPath.entrySet().stream()
                .filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Set.of());
    }

    private void read() {
        try (InputStream in = ContractOperations.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            root.path("paths").fields().forEachRemaining(path -> {
                Set<String> methods = new TreeSet<>(Set.of("OPTIONS"));
                path.getValue().fields().forEachRemaining(entry -> {
                    if (entry.getValue().has("operationId")) {
                        methods.add(entry.getKey().toUpperCase(Locale.ROOT));
                        readOperation(entry.getValue());
                    }
                });
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                methodsByPath.put(Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), Set.copyOf(methods));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contract", e);
        }
    }

    private void readOperation(JsonNode op) {
        if (!op.has("x-roles")) {
            throw new IllegalStateException("Operation " + op.get("operationId").asText() + " has no x-roles");
        }
        Set<String> roles = new HashSet<>();
        op.get("x-roles").forEach(r -> roles.add(r.asText()));
        boolean idempotent = false;
        for (JsonNode p : op.path("parameters")) {
            idempotent |= p.path("$ref").asText().endsWith("/IdempotencyKey");
        }
        String id = op.get("operationId").asText();
        byId.put(id, new Operation(id, Set.copyOf(roles), idempotent));
    }
}
