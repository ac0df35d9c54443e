package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * {@code GET /q/openapi}: the contract, openapi.yaml byte for byte (the build copies it to META-INF/openapi.yaml).
 * JSON for {@code ?format=json}, {@code /q/openapi.json} or an {@code Accept} that names JSON and not YAML, as
 * SmallRye OpenAPI answered before; that form is converted once, on its first request. SmallRye OpenAPI parsed the
 * 180 KB document and serialised it twice at every start, though the contract is a file and nothing is scanned from
 * code (bench/README.md has what that cost).
 */
@Singleton
public class ContractRoute {

    private static final String PATH = "/q/openapi";
    static final String YAML = "application/yaml;charset=UTF-8";
    static final String JSON = "application/json;charset=UTF-8";
    private static final String ALLOWED = "GET, HEAD";

    private final byte[] yaml = ContractFile.read();
    private volatile byte[] json;

    void install(@Observes Router router) {
        for (String path : new String[] {PATH, PATH + ".yaml", PATH + ".yml", PATH + ".json"}) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(this::serve, false);
            router.route(path).handler(ContractRoute::refuseMethod);
        }
    }

    private void serve(RoutingContext ctx) {
        boolean asJson = wantsJson(ctx.request().getParam("format"), ctx.request().path(), ctx.request().getHeader(HttpHeaders.ACCEPT));
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, asJson ? JSON : YAML)
                .end(Buffer.buffer(asJson ? json() : yaml));
    }

    private static void refuseMethod(RoutingContext ctx) {
        ProblemResponses.write(ctx, new ApiProblem(ProblemType.METHOD_NOT_ALLOWED,
                "The contract is read-only; allowed: " + ALLOWED + ".").withHeader(HttpHeaders.ALLOW.toString(), ALLOWED));
    }

    /** The {@code format} parameter first, then the path's suffix, then the Accept header; YAML when none says. */
    static boolean wantsJson(String format, String path, String accept) {
        if (format != null && !format.isBlank()) {
            return format.trim().equalsIgnoreCase("json");
        }
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("json") && !a.contains("yaml");
    }

    private byte[] json() {
        byte[] converted = json;
        if (converted == null) {   // two first requests may both convert; they get the same bytes
            try {
                converted = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new YAMLMapper().readTree(yaml));
            } catch (IOException e) {
                throw new UncheckedIOException("The contract is not valid YAML", e);
            }
            json = converted;
        }
        return converted;
    }
}
