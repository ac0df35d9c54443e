package io.mayorsdialogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport models are generated twice over (pom.xml): every model without bean validation, then the models a
 * request body can carry again with it, from the list in the {@code api} execution. Hibernate Validator builds the
 * metadata of every constrained class at start, and nothing validates a response, so a response-only model carries no
 * constraints (bench/README.md has the A/B). This keeps that list true to openapi.yaml in both directions: a request
 * model left off it would go unvalidated.
 */
class ValidatedModelsTest {

    static final String MODELS = "io.mayorsdialogue.api.model.";

    static JsonNode contract;
    static Set<String> requestSchemas;

    @BeforeAll
    static void readContract() throws Exception {
        contract = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
        requestSchemas = reachableFromRequestBodies(contract);
    }

    @Test
    void everyModelARequestCanCarryIsValidated() throws Exception {
        List<String> unvalidated = new ArrayList<>();
        for (String schema : requestSchemas) {
            if (!contract.at("/components/schemas/" + schema).has("enum") && !constrained(model(schema))) {
                unvalidated.add(schema);
            }
        }
        assertThat(unvalidated).as("request models generated without their constraints: add them to modelsToGenerate"
                + " of the api execution in pom.xml").isEmpty();
    }

    @Test
    void noResponseOnlyModelCarriesConstraints() throws Exception {
        List<String> constrained = new ArrayList<>();
        for (String schema : (Iterable<String>) () -> contract.at("/components/schemas").fieldNames()) {
            if (!requestSchemas.contains(schema) && constrained(model(schema))) {
                constrained.add(schema);
            }
        }
        assertThat(constrained).as("response-only models with constraints (validated at no request, their metadata"
                + " built at every start): take them off modelsToGenerate of the api execution in pom.xml").isEmpty();
    }

    @Test
    void theRequestModelsAreFoundThroughNestedReferences() {
        // Delegate is only ever nested (Registration.delegates), Representative too: the walk must follow $refs
        assertThat(requestSchemas).contains("Event", "Registration", "Delegate", "Representative", "Session")
                .doesNotContain("EventList", "Problem", "Attendee");
    }

    /** Schema names a request body refers to, directly or through other schemas, request bodies or parameters. */
    static Set<String> reachableFromRequestBodies(JsonNode contract) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        contract.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("requestBody")) {
                todo.add(operation.get("requestBody"));
            }
        }));
        Set<String> seen = new TreeSet<>();
        Set<String> schemas = new TreeSet<>();
        while (!todo.isEmpty()) {
            for (JsonNode ref : todo.pop().findValues("$ref")) {
                String pointer = ref.asText().substring(1);
                if (seen.add(pointer)) {
                    todo.add(contract.at(pointer));
                    if (pointer.startsWith("/components/schemas/")) {
                        schemas.add(pointer.substring("/components/schemas/".length()));
                    }
                }
            }
        }
        return schemas;
    }

    static Class<?> model(String schema) throws ClassNotFoundException {
        return Class.forName(MODELS + schema + "Dto");
    }

    /** Whether the class declares a constraint or a cascade ({@code @Valid}) on a field, method or parameter. */
    static boolean constrained(Class<?> type) {
        Stream<AnnotatedElement> elements = Stream.concat(Stream.of(type.getDeclaredFields()),
                Stream.of(type.getDeclaredMethods()).flatMap(m -> Stream.concat(Stream.of((AnnotatedElement) m),
                        Stream.of(m.getParameters()))));
        return elements.flatMap(e -> Stream.of(e.getAnnotations())).anyMatch(ValidatedModelsTest::isValidation);
    }

    static boolean isValidation(Annotation a) {
        return a.annotationType().getPackageName().startsWith("jakarta.validation");
    }
}
