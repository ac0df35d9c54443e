package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.web.JsonConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list envelope in the contract always writes "next" (null on the last page), so none may be forgotten. */
class JsonConfigTest {

    @Test
    void everyListEnvelopeOfTheContractIsConfigured() throws Exception {
        JsonNode schemas = new YAMLMapper().readTree(ApiTest.CONTRACT).path("components").path("schemas");
        List<String> envelopes = new ArrayList<>();
        schemas.fields().forEachRemaining(e -> {
            if (e.getValue().path("properties").has("next") && e.getValue().path("properties").has("items")) {
                envelopes.add("io.mayorsdialogue.api.model." + e.getKey() + "Dto");
            }
        });
        assertThat(envelopes).isNotEmpty();
        assertThat(JsonConfig.LIST_ENVELOPES.stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(envelopes);
    }
}
