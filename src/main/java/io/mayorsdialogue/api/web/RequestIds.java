package io.mayorsdialogue.api.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: taken from the caller when it is a sane token, otherwise generated; returned on every
 * answer (including those Vert.x gives before JAX-RS), put in the logging context and in problem details.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Before Quarkus's CORS filter (order -300) and the early refusals, so that they carry the id too. */
    private static final int FIRST = -400;

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        ctx.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        // On every answer, errors and platform endpoints included: no MIME sniffing, and caches keep answers per
        // Origin (CORS headers differ by it).
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            java.util.List<String> vary = new java.util.ArrayList<>(headers.getAll("Vary"));
            if (vary.stream().noneMatch(value -> value.contains("Origin"))) {
                vary.add("Origin");
            }
            headers.set("Vary", String.join(", ", vary));
        });
        MDC.put(MDC_KEY, id);
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
        ctx.next();
    }
}
