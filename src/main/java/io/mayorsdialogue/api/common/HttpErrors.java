package io.mayorsdialogue.api.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problem details for the errors that Vert.x answers before a request reaches JAX-RS: a path outside the API
 * (404) and a body over {@code quarkus.http.limits.max-body-size} (413).
 */
@ApplicationScoped
public class HttpErrors {

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> write(ctx, 404, "not-found", "Resource not found",
                "Nothing is served at this path. The API lives under /api/v1; see /q/openapi."));
        router.errorHandler(413, ctx -> write(ctx, 413, "payload-too-large", "Request body too large",
                "The body exceeds the limit of 1 MiB; send less data per request."));
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
                .put("instance", ctx.request().path());
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE).end(body.encode());
    }
}
