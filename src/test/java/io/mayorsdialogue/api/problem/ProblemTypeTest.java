package io.mayorsdialogue.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of problem types in code and the one documented in the contract are the same, slug for slug. */
class ProblemTypeTest {

    @Test
    void everyProblemTypeIsDocumentedInTheContractWithItsStatusAndTitle() throws Exception {
        JsonNode documented = new YAMLMapper().readTree(new File("openapi.yaml"))
                .at("/components/schemas/Problem/x-problem-types");
        Map<String, String> inContract = new HashMap<>();
        documented.fields().forEachRemaining(e -> inContract.put(e.getKey(),
                e.getValue().get("status").asInt() + " " + e.getValue().get("title").asText()));
        Map<String, String> inCode = new HashMap<>();
        Arrays.stream(ProblemType.values()).forEach(t -> inCode.put(t.slug(), t.status() + " " + t.title()));
        assertThat(inContract).isEqualTo(inCode);
    }

    @Test
    void aSingleViolationIsTheDetailAndSeveralAreCounted() {
        var one = ApiProblem.unprocessable(java.util.List.of(new FieldViolation("endsAt", "must be after startsAt")));
        assertThat(one.detail()).isEqualTo("Field 'endsAt' must be after startsAt.");
        assertThat(one.status()).isEqualTo(422);
        var two = ApiProblem.invalid(java.util.List.of(new FieldViolation("a", "x"), new FieldViolation("b", "y")));
        assertThat(two.detail()).isEqualTo("2 fields are invalid; see errors.");
        assertThat(two.type()).isEqualTo(ProblemType.INVALID_REQUEST);
    }

    @Test
    void headersAndStatusAreCarriedWithoutChangingTheOriginal() {
        ApiProblem base = new ApiProblem(ProblemType.HTTP_ERROR, "Too long");
        ApiProblem answered = base.withStatus(414).withHeader("Retry-After", "1");
        assertThat(answered.status()).isEqualTo(414);
        assertThat(answered.headers()).containsEntry("Retry-After", "1");
        assertThat(base.status()).isEqualTo(400);
        assertThat(base.headers()).isEmpty();
    }
}
