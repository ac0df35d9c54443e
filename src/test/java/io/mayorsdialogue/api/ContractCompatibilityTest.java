package io.mayorsdialogue.api;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients we never see are generated from the released contract: {@code openapi.yaml} may add to it, but must not
 * break it. A deliberate break is accepted by copying the new contract over {@code .ci/openapi-released.yaml} in the
 * same commit, with the reason in the commit message and the README's changelog (see ARCHITECTURE.md).
 */
class ContractCompatibilityTest {

    static final Path RELEASED = Path.of(".ci", "openapi-released.yaml");

    @Test
    void theContractIsBackwardCompatibleWithTheReleasedOne() throws Exception {
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(RELEASED), Files.readString(Path.of("openapi.yaml")));
        assertThat(diff.isIncompatible()).as(() -> "openapi.yaml breaks clients of the released contract:\n" + render(diff)).isFalse();
    }

    @Test
    void theCheckNoticesABreak() throws Exception {
        String released = Files.readString(RELEASED);
        String withoutTopics = released.replace("  /topics/{id}:", "  /topics-gone/{id}:");
        assertThat(withoutTopics).isNotEqualTo(released);
        assertThat(OpenApiCompare.fromContents(released, withoutTopics).isIncompatible()).isTrue();
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (Exception e) {
            return "(could not render the differences: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
