package io.mayorsdialogue.api.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
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
public class HttpErrors {

    /** Quarkus enforces the body limit in a route of order -2; this one runs just before it. */
    private static final int BEFORE_BODY_LIMIT = -3;

    private final MemorySize maxBodySize;

    HttpErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_BODY_LIMIT).handler(this::rejectOversizedBody);
        router.errorHandler(404, ctx -> write(ctx, 404, "not-found", "Resource not found",
                "Nothing is served at this path. The API lives under /api/v1; see /q/openapi."));
    }

    private void rejectOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(ctx, 413, "payload-too-large", "Request body too large",
                    "The body has " + length + " bytes; the limit is " + human(maxBodySize.asLongValue()) + ". Send less data per request.");
            return;
        }
        ctx.next();
    }

    private static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static void write(RoutingContext ctx, int status, String type, String title, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", Problems.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .put("requestId", (String) ctx.get(RequestIds.MDC_KEY));
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE).end(body.encode());
    }
}
