package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.problem.FieldViolation;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the contract says about each operation, read once from the served copy of openapi.yaml: the roles allowed
 * ({@code x-roles}, empty for public) and whether it accepts {@code Idempotency-Key}. Enforcing these from the
 * contract means a new operation cannot be added without stating who may call it.
 */
@Singleton
public class ContractOperations {

    /**
     * {@code roles} empty: public. {@code ifMatchRequired}: a change that must name the version it is based on.
     * {@code negotiated}: it answers in more than one media type, chosen by {@code Accept}.
     */
    public record Operation(String id, Set<String> roles, boolean idempotent, boolean ifMatchRequired, boolean negotiated) {
    }

    /** A query parameter as the contract types it, enough to say why a value could not be converted. */
    record QueryParameter(String name, String type, String format, List<String> allowed) {

        /** Empty when the value converts; otherwise what the value must look like. */
        Optional<String> problemWith(String value) {
            if (!allowed.isEmpty()) {
                return allowed.contains(value) ? Optional.empty() : Optional.of("must be one of " + String.join(", ", allowed));
            }
            if ("integer".equals(type)) {
                // as JAX-RS converts it: no blanks around it, and an int32 within Integer's range
                return parses(() -> { if ("int64".equals(format)) Long.parseLong(value); else Integer.parseInt(value); })
                        ? Optional.empty() : Optional.of("must be a whole number, such as 20");
            }
            if ("date".equals(format)) {
                return parses(() -> LocalDate.parse(value)) ? Optional.empty() : Optional.of("must be a date such as 2026-09-01");
            }
            if ("date-time".equals(format)) {
                return parses(() -> OffsetDateTime.parse(value)) ? Optional.empty()
                        : Optional.of("must be a date and time with an offset, such as 2026-09-01T09:00:00Z");
            }
            return Optional.empty();
        }

        private static boolean parses(Runnable conversion) {
            try {
                conversion.run();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    private final Map<String, Operation> byId = new HashMap<>();
    private final Map<Pattern, Set<String>> methodsByPath = new LinkedHashMap<>();
    /** Path pattern → method → the media types of the operation's successful answers. */
    private final Map<Pattern, Map<String, Set<String>>> producedByPath = new LinkedHashMap<>();
    /** Path pattern → method → the operation's query parameters. */
    private final Map<Pattern, Map<String, List<QueryParameter>>> queryByPath = new LinkedHashMap<>();
    private JsonNode components;

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

    /**
     * The query parameters of the request whose values cannot be converted to the type the contract gives them,
     * each with what it must look like. Quarkus REST reports such a failure without the parameter's name.
     */
    public List<FieldViolation> unconvertible(String method, String path, Map<String, List<String>> query) {
        List<FieldViolation> violations = new ArrayList<>();
        queryByPath.entrySet().stream()
                .filter(e -> e.getKey().matcher(path).matches())
                .findFirst()
                .map(e -> e.getValue().getOrDefault(method.toUpperCase(Locale.ROOT), List.of()))
                .orElse(List.of())
                .forEach(parameter -> query.getOrDefault(parameter.name(), List.of()).forEach(value ->
                        parameter.problemWith(value).ifPresent(message -> violations.add(new FieldViolation(parameter.name(), message)))));
        return violations;
    }

    /** The media types an operation answers in, for a 406 to name; empty if the path or method is unknown. */
    public Set<String> produces(String method, String path) {
        return producedByPath.entrySet().stream()
                .filter(e -> e.getKey().matcher(path).matches())
                .findFirst()
                .map(e -> e.getValue().getOrDefault(method.toUpperCase(Locale.ROOT), Set.of()))
                .orElse(Set.of());
    }

    private void read() {
        try {
            JsonNode root = new YAMLMapper().readTree(ContractFile.read());
            components = root.path("components");
            root.path("paths").fields().forEachRemaining(path -> {
                SortedSet<String> methods = new TreeSet<>(Set.of("OPTIONS"));
                Map<String, List<QueryParameter>> queryByMethod = new HashMap<>();
                Map<String, Set<String>> producedByMethod = new HashMap<>();
                path.getValue().fields().forEachRemaining(entry -> {
                    if (entry.getValue().has("operationId")) {
                        String method = entry.getKey().toUpperCase(Locale.ROOT);
                        methods.add(method);
                        readOperation(entry.getValue());
                        queryByMethod.put(method, queryParameters(entry.getValue()));
                        producedByMethod.put(method, produced(entry.getValue()));
                    }
                });
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                methodsByPath.put(pattern, Collections.unmodifiableSortedSet(methods)); // an Allow header in one order
                queryByPath.put(pattern, Map.copyOf(queryByMethod));
                producedByPath.put(pattern, Map.copyOf(producedByMethod));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contract", e);
        }
    }

    private Set<String> produced(JsonNode op) {
        SortedSet<String> types = new TreeSet<>();
        op.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue()).path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return Collections.unmodifiableSortedSet(types);
    }

    private List<QueryParameter> queryParameters(JsonNode op) {
        List<QueryParameter> parameters = new ArrayList<>();
        for (JsonNode reference : op.path("parameters")) {
            JsonNode p = resolve(reference);
            if ("query".equals(p.path("in").asText())) {
                JsonNode schema = resolve(p.path("schema"));
                List<String> allowed = new ArrayList<>();
                schema.path("enum").forEach(v -> allowed.add(v.asText()));
                parameters.add(new QueryParameter(p.path("name").asText(), schema.path("type").asText(),
                        schema.path("format").asText(), List.copyOf(allowed)));
            }
        }
        return List.copyOf(parameters);
    }

    /** Follows a local {@code $ref} such as {@code #/components/parameters/Limit}. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        if (!ref.startsWith("#/components/")) {
            return node;
        }
        JsonNode target = components;
        for (String part : ref.substring("#/components/".length()).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private void readOperation(JsonNode op) {
        if (!op.has("x-roles")) {
            throw new IllegalStateException("Operation " + op.get("operationId").asText() + " has no x-roles");
        }
        Set<String> roles = new HashSet<>();
        op.get("x-roles").forEach(r -> roles.add(r.asText()));
        boolean idempotent = false;
        boolean ifMatchRequired = false;
        for (JsonNode reference : op.path("parameters")) {
            JsonNode p = resolve(reference);
            idempotent |= "Idempotency-Key".equals(p.path("name").asText());
            ifMatchRequired |= "If-Match".equals(p.path("name").asText()) && p.path("required").asBoolean();
        }
        String id = op.get("operationId").asText();
        byId.put(id, new Operation(id, Set.copyOf(roles), idempotent, ifMatchRequired, produced(op).size() > 1));
    }
}
