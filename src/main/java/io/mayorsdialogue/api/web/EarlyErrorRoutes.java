package io.mayorsdialogue.api.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for the errors that Vert.x answers before a request reaches JAX-RS: a path outside the API
 * (404) and a body over {@code quarkus.http.limits.max-body-size} (413, which Quarkus would otherwise send
 * with an empty body).
 */
@ApplicationScoped
public class EarlyErrorRoutes {

    /** Quarkus enforces the body limit in a route of order -2; this one runs just before it. */
    private static final int BEFORE_BODY_LIMIT = -3;

    private final MemorySize maxBodySize;

    EarlyErrorRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_BODY_LIMIT).handler(this::rejectOversizedBody);
        router.errorHandler(404, ctx -> ProblemResponses.write(ctx, new ApiProblem(ProblemType.NOT_FOUND, WebApplicationMapper.NOTHING_HERE)));
    }

    private void rejectOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isEmpty() && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.write(ctx, new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "The body has " + length
                    + " bytes; the limit is " + human(maxBodySize.asLongValue()) + ". Send less data per request."));
            return;
        }
        ctx.next();
    }

    static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
