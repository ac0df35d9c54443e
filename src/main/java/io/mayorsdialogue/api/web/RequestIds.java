package io.mayorsdialogue.api.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        String id = given != null && SANE.matcher(given).matches() ? given : generated();
        ctx.request().headers().set(HEADER, id);
        ctx.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        // On every answer, errors and platform endpoints included: no MIME sniffing, and caches keep answers per
        // Origin (CORS headers differ by it).
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Vary", varyByOrigin(headers.getAll("Vary")));
        });
        MDC.put(MDC_KEY, id);
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
        ctx.next();
    }

    /**
     * A random (version 4) UUID from the thread's generator: an id only has to be unique, and {@code UUID.randomUUID}'s
     * {@code SecureRandom} cost every request 0.45 % of an event list's samples (bench/README.md).
     */
    static String generated() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0x3L << 62) | (0x2L << 62);
        return new UUID(high, low).toString();
    }

    /** The answer's {@code Vary} values as one header, with {@code Origin} added unless one of them names it. */
    static String varyByOrigin(List<String> vary) {
        if (vary.isEmpty()) {
            return "Origin";
        }
        String joined = vary.size() == 1 ? vary.get(0) : String.join(", ", vary);
        for (String value : vary) {
            if (value.contains("Origin")) {
                return joined;
            }
        }
        return joined + ", Origin";
    }
}
