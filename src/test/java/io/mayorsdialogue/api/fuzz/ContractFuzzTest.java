package io.mayorsdialogue.api.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema-driven fuzzing: every operation of openapi.yaml gets valid requests and requests broken one way at a time
 * (see {@link Requests.Kind}), from every role and none. Invariants, checked on every answer:
 * <ol>
 *   <li>never a 5xx;</li>
 *   <li>every error is application/problem+json whose {@code status} is the HTTP status;</li>
 *   <li>every answer conforms to the contract (status, headers, body);</li>
 *   <li>a refused write changes nothing in the database.</li>
 * </ol>
 * {@code ./mvnw verify} runs {@value #DEFAULT_REQUESTS} requests; {@code -Dfuzz.requests=20000} (and
 * {@code -Dfuzz.seed=…}) runs more. The summary goes to target/fuzz-summary.txt.
 */
@QuarkusTest
class ContractFuzzTest extends ApiTest {

    static final int DEFAULT_REQUESTS = 1500;
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    private static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    /** Fresh rows now and then: the fuzzed deletes and cancellations would otherwise wear the world down to 404s. */
    private static final int NEW_WORLD_EVERY = 400;
    /** The HTTP layer's own limits (URI, headers): documented once in the contract, not under every operation. */
    private static final List<Integer> HTTP_LAYER = List.of(414, 431);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final OpenApiInteractionValidator contract = OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT).build();

    @Test
    void everyOperationAnswersCarelessAndHostileRequestsWithinItsContract() throws Exception {
        List<Operation> operations = Operation.all(CONTRACT);
        Random random = new Random(SEED);
        Hostile.seed(SEED);
        Requests requests = new Requests(random, World.create());
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int refusedWrites = 0;
        long started = System.nanoTime();

        for (int i = 0; i < REQUESTS && failures.size() < 25; i++) {
            if (i > 0 && i % NEW_WORLD_EVERY == 0) {
                requests.moveTo(World.create());
            }
            FuzzRequest request = requests.next(operations.get(random.nextInt(operations.size())));
            String before = request.operation().writes() ? fingerprint() : null;
            HttpResponse<String> answer = send(base, request);
            byStatus.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
            byKind.merge(request.kind().name(), 1, Integer::sum);
            for (String broken : brokenInvariants(request, answer)) {
                failures.add(broken + "\n    request: " + request + "\n    answer: " + answer.statusCode() + " " + abbreviate(answer.body()));
            }
            if (before != null && answer.statusCode() >= 400) {
                refusedWrites++;
                if (!before.equals(fingerprint())) {
                    failures.add("a refused write changed the database\n    request: " + request + "\n    answer: "
                            + answer.statusCode() + " " + abbreviate(answer.body()));
                }
            }
        }

        String summary = "Contract fuzz: " + REQUESTS + " requests (seed " + SEED + ") over " + operations.size()
                + " operations in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; "
                + refusedWrites + " refused writes checked against the database; invariant violations: " + failures.size()
                + "\n  by status: " + byStatus + "\n  by kind: " + byKind + "\n";
        System.out.print(summary);
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary);
        assertThat(failures).as("broken invariants").isEmpty();
        assertThat(byStatus.keySet()).as("some requests must succeed, or the fuzz reached nothing").anyMatch(s -> s.startsWith("2"));
    }

    private List<String> brokenInvariants(FuzzRequest request, HttpResponse<String> answer) {
        List<String> broken = new ArrayList<>();
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            broken.add("5xx answer");
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                broken.add("error without problem+json (Content-Type '" + type + "')");
            } else {
                try {
                    JsonNode problem = JSON.readTree(answer.body());
                    if (problem.path("status").asInt() != status) {
                        broken.add("problem status " + problem.path("status") + " is not the HTTP status");
                    }
                } catch (IOException e) {
                    broken.add("problem body is not JSON");
                }
            }
        }
        if (!HTTP_LAYER.contains(status)) {
            ValidationReport report = contract.validateResponse("/api/v1" + request.path(),
                    Request.Method.valueOf(request.operation().method()), response(answer));
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> broken.add("answer outside the contract: " + m.getMessage()));
        }
        return broken;
    }

    private static SimpleResponse response(HttpResponse<String> answer) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        if (!answer.body().isEmpty()) {
            builder.withBody(answer.body());
        }
        return builder.build();
    }

    private HttpResponse<String> send(String base, FuzzRequest request) throws IOException, InterruptedException {
        String query = request.query().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v1" + request.path() + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every table's row count and content hash: equal before and after iff the request changed nothing. */
    private String fingerprint() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'flyway_schema_history' order by tablename")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            String sql = tables.stream().map(t -> "(select count(*) || ':' || coalesce(sum(hashtext(x::text)), 0) from \"" + t + "\" x)")
                    .collect(Collectors.joining(" || '|' || ", "select ", ""));
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
