package io.mayorsdialogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's endpoint table names exactly the contract's operations: it cannot drift from openapi.yaml. */
class ReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z, ]+) \\| `(/[^`]*)` \\|", Pattern.MULTILINE);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void theEndpointTableListsEveryOperationOfTheContractAndNothingElse() throws Exception {
        Set<String> inReadme = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            for (String method : row.group(1).split(",")) {
                inReadme.add(method.strip() + " " + row.group(2));
            }
        }
        Set<String> inContract = new TreeSet<>();
        JsonNode paths = new YAMLMapper().readTree(new File("openapi.yaml")).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                inContract.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertThat(inReadme).isEqualTo(inContract);
    }
}
