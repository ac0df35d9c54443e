package io.mayorsdialogue.api.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.mayorsdialogue.api.fuzz.Hostile.draw;

/**
 * Builds requests for an operation from its contract: a valid one (the contract's example body with real ids, real
 * path ids, sensible headers), or one broken in a single way, as a careless or hostile caller would break it.
 */
final class Requests {

    enum Kind {
        VALID, MALFORMED_JSON, NOT_AN_OBJECT, WRONG_TYPE, MISSING_REQUIRED, EXTRA_FIELD, EDGE_NUMBER, LONG_STRING, UNICODE,
        INJECTION, BAD_PATH, BAD_QUERY, WRONG_CONTENT_TYPE, WRONG_ACCEPT, BAD_HEADER;

        /** The kinds that break a request body: only for operations that take one. */
        boolean needsBody() {
            return EnumSet.range(MALFORMED_JSON, INJECTION).contains(this) || this == WRONG_CONTENT_TYPE;
        }
    }

    enum Credential { NONE, INVALID, PARTNER, ORGANISER }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The organiser most often, since most operations are theirs; every role, and none, throughout. */
    private static final Arbitrary<Credential> CREDENTIALS = Arbitraries.frequency(Tuple.of(2, Credential.NONE),
            Tuple.of(1, Credential.INVALID), Tuple.of(2, Credential.PARTNER), Tuple.of(4, Credential.ORGANISER));
    private static final String SLOT = "@@fuzzed-value@@";
    private static final String ORGANISER_KEY = io.mayorsdialogue.api.support.ApiTest.ORGANISER_KEY;

    private final Random random;
    private World world;

    Requests(Random random, World world) {
        this.random = random;
        this.world = world;
    }

    void moveTo(World fresh) {
        this.world = fresh;
    }

    FuzzRequest next(Operation op) {
        List<Kind> kinds = Arrays.stream(Kind.values())
                .filter(k -> op.bodySchema() != null || !k.needsBody())
                .filter(k -> k != Kind.BAD_PATH || !op.pathParameters().isEmpty())
                .toList();
        // a third valid, so the code past validation is reached as often as the refusals are
        Kind kind = random.nextInt(3) == 0 ? Kind.VALID : kinds.get(random.nextInt(kinds.size()));
        Credential credential = draw(CREDENTIALS);

        String path = op.path();
        String broken = kind == Kind.BAD_PATH ? op.pathParameters().get(random.nextInt(op.pathParameters().size())) : null;
        for (String p : op.pathParameters()) {
            String value = p.equals(broken) ? draw(Hostile.PATH_VALUES) : world.idFor(op.path(), p);
            path = path.replace("{" + p + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        Map<String, String> query = new LinkedHashMap<>();
        if (kind == Kind.BAD_QUERY) {
            String name = op.query().isEmpty() ? "unexpected" : op.query().get(random.nextInt(op.query().size())).name();
            query.put(name, draw(Hostile.QUERY_VALUES));
        } else if (random.nextBoolean() && op.query().stream().anyMatch(q -> q.name().equals("limit"))) {
            query.put("limit", Integer.toString(1 + random.nextInt(100)));
        }

        Map<String, String> headers = new LinkedHashMap<>();
        switch (credential) {
            case INVALID -> headers.put("Authorization", "Bearer not-a-key-" + random.nextInt(1000));
            case PARTNER -> headers.put("Authorization", "Bearer " + world.dialogue().first().apiKey());
            case ORGANISER -> headers.put("Authorization", "Bearer " + ORGANISER_KEY);
            case NONE -> { }
        }
        headers.put("Accept", kind == Kind.WRONG_ACCEPT ? draw(Hostile.ACCEPTS) : "application/json");
        if (op.headers().contains("Idempotency-Key") && random.nextBoolean()) {
            headers.put("Idempotency-Key", "fuzz-" + Long.toHexString(random.nextLong()));
        }
        if (op.headers().contains("If-Match")) {
            headers.put("If-Match", "*");
        }
        if (kind == Kind.BAD_HEADER) {
            String header = op.headers().isEmpty() ? "Accept-Language"
                    : op.headers().get(random.nextInt(op.headers().size()));
            headers.put(header, draw(Hostile.HEADER_VALUES));
        }

        String body = null;
        if (op.bodySchema() != null) {
            body = body(op, kind);
            headers.put("Content-Type", kind == Kind.WRONG_CONTENT_TYPE ? draw(Hostile.CONTENT_TYPES) : "application/json");
        }
        return new FuzzRequest(op, kind, credential, path, query, headers, body);
    }

    private String body(Operation op, Kind kind) {
        if (kind == Kind.NOT_AN_OBJECT) {
            return draw(Hostile.NON_OBJECT_BODIES);
        }
        ObjectNode tree = op.bodyExample() instanceof ObjectNode example ? example.deepCopy() : JSON.createObjectNode();
        withRealIds(tree);
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        String raw = switch (kind) {
            case WRONG_TYPE -> fill(tree, slots, draw(Hostile.WRONG_TYPES_JSON));
            case EDGE_NUMBER -> fill(tree, slots, draw(Hostile.NUMBERS_JSON));
            case LONG_STRING -> fill(tree, slots, Hostile.longString());
            case UNICODE -> fill(tree, slots, draw(Hostile.UNICODE_JSON));
            case INJECTION -> fill(tree, slots, quoted(draw(Hostile.INJECTION)));
            case MISSING_REQUIRED -> {
                List<String> required = new ArrayList<>();
                op.bodySchema().path("required").forEach(r -> required.add(r.asText()));
                tree.remove(required.isEmpty() ? List.of("") : List.of(required.get(random.nextInt(required.size()))));
                yield write(tree);
            }
            case EXTRA_FIELD -> {
                tree.put("unexpected" + random.nextInt(10), "surplus");
                yield write(tree);
            }
            default -> write(tree);
        };
        if (kind == Kind.MALFORMED_JSON) {
            return raw.substring(0, random.nextInt(Math.max(1, raw.length() - 1)));
        }
        return raw;
    }

    /** Where a fuzzed value can go: a field of an object, or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** The tree with one slot holding {@code json}, written as raw JSON (so escapes such as a lone surrogate survive). */
    private String fill(ObjectNode tree, List<Slot> slots, String json) {
        if (slots.isEmpty()) {
            tree.put("unexpected", SLOT);
        } else {
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (slot.parent() instanceof ObjectNode object) {
                object.put(slot.field(), SLOT);
            } else {
                ((ArrayNode) slot.parent()).set(slot.index(), JSON.getNodeFactory().textNode(SLOT));
            }
        }
        return write(tree).replace("\"" + SLOT + "\"", json);
    }

    private void withRealIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String id = world.idForField(name);
                if (id != null && object.get(name).isTextual()) {
                    object.put(name, id);
                } else if (object.get(name).isArray() && name.endsWith("Ids")) {
                    String one = world.idForField(name.substring(0, name.length() - 1).replace("panelistMayorId", "mayorId"));
                    object.set(name, JSON.createArrayNode().add(one == null ? world.dialogue().first().mayorId() : one));
                } else {
                    withRealIds(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::withRealIds);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
