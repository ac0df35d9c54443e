package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Reads a request's body on the event loop, before the request goes to a worker thread, and JAX-RS then reads it
 * from memory. Read on the worker instead (by the Idempotency-Key filter or the JSON reader), each chunk was a
 * hand-over between the worker and the event loop, a wake-up and a wait each way: 5.6 % of a registration POST's
 * JVM CPU (bench/README.md). It also means a client that sends its body slowly holds a connection, not one of the
 * few worker threads, and one that stops sending is answered 408 after {@code quarkus.http.read-timeout}, as long as
 * a worker would have waited. Only HTTP/1 bodies that declare their length, which the route before this one has held
 * to the body limit; a chunked body, or any HTTP/2 body, is read by JAX-RS as before.
 */
@Singleton
public class BufferedBodyRoute {

    /** After Quarkus's body limit (-2), before JAX-RS. */
    private static final int ORDER = -1;

    private final BodyHandler bodies;
    private final Duration readTimeout;

    BufferedBodyRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.read-timeout") Duration readTimeout) {
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        this.readTimeout = readTimeout;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::buffer);
    }

    private void buffer(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // HTTP/2: JAX-RS pauses every request it takes, which an HTTP/2 stream refuses once its body has been read
        if (length == null || length.equals("0") || ctx.request().isEnded() || ctx.request().version() == HttpVersion.HTTP_2) {
            ctx.next();
            return;
        }
        long timer = ctx.vertx().setTimer(readTimeout.toMillis(), fired -> {
            if (!ctx.request().isEnded() && !ctx.response().ended()) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                // Vert.x would keep the connection open for the rest of the body, which is not coming
                ctx.addEndHandler(sent -> ctx.request().connection().close());
                ProblemResponses.write(ctx, new ApiProblem(ProblemType.HTTP_ERROR, "The body declared " + length
                        + " bytes, and they did not all arrive within " + readTimeout.toSeconds() + " s. Send the whole body.")
                        .withStatus(408));
            }
        });
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        bodies.handle(ctx);
    }
}
