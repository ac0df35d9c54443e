package io.mayorsdialogue.api.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the contract says about each operation, read once from the served copy of openapi.yaml: the roles allowed
 * ({@code x-roles}, empty for public) and whether it accepts {@code Idempotency-Key}. Enforcing these from the
 * contract means a new operation cannot be added without stating who may call it.
 */
@ApplicationScoped
public class ContractOperations {

    public record Operation(String id, Set<String> roles, boolean idempotent) {
        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private final Map<String, Operation> byId;

    public ContractOperations() {
        this.byId = read();
    }

    /** Empty for methods outside the contract (e.g. test-only endpoints). */
    public Optional<Operation> get(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    private static Map<String, Operation> read() {
        try (InputStream in = ContractOperations.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            Map<String, Operation> ops = new HashMap<>();
            root.path("paths").forEach(path -> path.fields().forEachRemaining(entry -> {
                JsonNode op = entry.getValue();
                if (!op.has("operationId")) {
                    return; // path-level "parameters"
                }
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
                ops.put(id, new Operation(id, Set.copyOf(roles), idempotent));
            }));
            return Map.copyOf(ops);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contract", e);
        }
    }
}
