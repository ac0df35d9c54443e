package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Kubernetes and compose files parse, and what they point at exists in the service. */
@QuarkusTest
class DeploymentFilesTest extends ApiTest {

    @Test
    void kubernetesProbesAndMetricsPointAtRealEndpoints() throws Exception {
        JsonNode deployment = only("docker/k8s/deployment.yaml");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        List<String> paths = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            paths.add(container.at("/" + probe + "/httpGet/path").asText());
        }
        paths.add(deployment.at("/spec/template/metadata/annotations").get("prometheus.io/path").asText());
        assertThat(paths).containsExactly("/q/health/started", "/q/health/live", "/q/health/ready", "/q/metrics");
        for (String path : paths) {
            given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/").get(path).then().statusCode(200);
        }
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        // production moves health and metrics to the management interface: the probes and Prometheus follow them
        assertThat(container.at("/ports/1/containerPort").asInt()).isEqualTo(9000);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).isEqualTo(container.at("/ports/1/name").asText());
        }
        assertThat(deployment.at("/spec/template/metadata/annotations").get("prometheus.io/port").asText()).isEqualTo("9000");
        assertThat(only("docker/k8s/service.yaml").at("/spec/ports").findValuesAsText("targetPort")).containsExactly("http");
        assertThat(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt())
                .as("longer than shutdown delay + timeout").isGreaterThan(30);
        assertThat(only("docker/k8s/hpa.yaml").at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        // a drain never takes every instance at once, and the pools of the most replicas fit PostgreSQL's 100
        assertThat(only("docker/k8s/pdb.yaml").at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        assertThat(only("docker/k8s/hpa.yaml").at("/spec/maxReplicas").asInt()
                * only("docker/k8s/configmap.yaml").at("/data/QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asInt()).isLessThanOrEqualTo(90);
        assertThat(Files.readString(Path.of("docker/k8s/kustomization.yaml"))).contains("pdb.yaml");
        assertThat(only("docker/k8s/configmap.yaml").at("/data").has("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
        assertThat(only("docker/k8s/secret.yaml").at("/stringData").has("MAYORS_ORGANISER_KEY")).isTrue();
        only("docker/k8s/service.yaml");
        only("docker/k8s/kustomization.yaml");
    }

    @Test
    void composeConfiguresTheServiceByEnvironment() throws Exception {
        JsonNode compose = only("docker/docker-compose.yml");
        JsonNode env = compose.at("/services/api/environment");
        assertThat(env.has("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
        assertThat(env.has("MAYORS_ORGANISER_KEY")).isTrue();
        assertThat(compose.at("/services/db/image").asText()).startsWith("postgres:");
        only("docker/prometheus.yml");
    }

    /** How production uses the AOT cache (Dockerfile.jvm says why). */
    private static final String CACHE_FLAGS = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining";

    /** The benchmark measures what production runs: both start the JVM from docker/jvm.options, with the same malloc setting and an AOT cache. */
    @Test
    void theImageAndTheBenchmarkRunTheSameJvmFlags() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile.jvm"));
        String bench = Files.readString(Path.of("bench/run.sh"));
        assertThat(dockerfile).contains("COPY --chown=185 docker/jvm.options ./").contains("java @/deployments/jvm.options ")
                .contains("MALLOC_ARENA_MAX=2").doesNotContain("MaxRAMPercentage");
        assertThat(bench).contains("JAVA_FLAGS=\"${JAVA_FLAGS:-@docker/jvm.options}\"").contains("MALLOC_ARENA_MAX:-2");
        assertThat(Files.readAllLines(Path.of("docker/jvm.options"))).contains("-Xmx128m", "-XX:+UseSerialGC");
        // ... on the same JDK, with an AOT cache from the same training script: trained in the image's own base image
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre AS train\n").contains("FROM eclipse-temurin:25-jre\n")
                .contains("train-aot-cache.sh /deployments").contains("-XX:AOTCache=/deployments/app.aot " + CACHE_FLAGS);
        assertThat(bench).contains("bash docker/train-aot-cache.sh target/quarkus-app").contains("-XX:AOTCache=target/quarkus-app/app.aot " + CACHE_FLAGS);
        // the heap is a fixed size, well inside the container's limit
        assertThat(only("docker/k8s/deployment.yaml").at("/spec/template/spec/containers/0/resources/limits/memory").asText())
                .isEqualTo("512Mi");
    }

    private static JsonNode only(String file) throws Exception {
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(new File(file))) {
            List<JsonNode> all = docs.readAll();
            assertThat(all).as(file).hasSize(1);
            return all.get(0);
        }
    }
}
