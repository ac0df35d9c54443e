package io.mayorsdialogue.api.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Any {@code Accept} that admits JSON works on every operation (API conventions). Operations that answer without a
 * body (204) declare only their error type, problem+json, so JAX-RS would refuse a plain {@code application/json}
 * with 406 — the default of many HTTP clients. Such an Accept also admits the operation's own answer here; error
 * bodies are problem+json whatever the Accept.
 */
@Singleton
public class JsonAcceptRoute {

    /** After the request id (-10), before everything else. */
    private static final int ORDER = -9;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(JsonAcceptRoute::widen);
    }

    private static void widen(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && admitsJson(accept) && !accept.contains("*/*")) {
            ctx.request().headers().set(HttpHeaders.ACCEPT, accept + ", */*;q=0.01");
        }
        ctx.next();
    }

    static boolean admitsJson(String accept) {
        String a = accept.toLowerCase(Locale.ROOT);
        return a.contains("application/json") || a.contains("application/problem+json") || a.contains("application/*+json")
                || a.contains("application/*");
    }
}
