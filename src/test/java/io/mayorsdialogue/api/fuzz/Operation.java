package io.mayorsdialogue.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One operation of openapi.yaml, as much of it as the fuzz suite needs to build requests. */
record Operation(String id, String method, String path, List<String> pathParameters, List<Parameter> query,
        List<String> headers, JsonNode bodyExample, JsonNode bodySchema) {

    /** A query parameter and its resolved schema. */
    record Parameter(String name, JsonNode schema) {
    }

    boolean writes() {
        return !method.equals("GET");
    }

    static List<Operation> all(String contract) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(contract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode op = entry.getValue();
            if (!op.has("operationId")) {
                return;
            }
            List<String> pathParameters = new ArrayList<>();
            List<Parameter> query = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(parameters::add);
            op.path("parameters").forEach(parameters::add);
            for (JsonNode reference : parameters) {
                JsonNode p = resolve(root, reference);
                switch (p.path("in").asText()) {
                    case "path" -> pathParameters.add(p.path("name").asText());
                    case "query" -> query.add(new Parameter(p.path("name").asText(), resolve(root, p.path("schema"))));
                    case "header" -> headers.add(p.path("name").asText());
                    default -> { }
                }
            }
            JsonNode json = op.path("requestBody").path("content").path("application/json");
            operations.add(new Operation(op.path("operationId").asText(), entry.getKey().toUpperCase(Locale.ROOT),
                    path.getKey(), pathParameters, query, headers, json.isMissingNode() ? null : json.path("example"),
                    json.isMissingNode() ? null : resolve(root, json.path("schema"))));
        }));
        return operations;
    }

    static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText();
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = root;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
