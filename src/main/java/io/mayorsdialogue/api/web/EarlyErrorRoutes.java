package io.mayorsdialogue.api.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Problem details for the errors that Vert.x and Quarkus answer before a request reaches JAX-RS, which they would
 * otherwise send with an empty body: a path outside the API (404), a body over
 * {@code quarkus.http.limits.max-body-size} (413), a URI over {@value #MAX_URI_LENGTH} characters (414), request
 * headers over {@value #MAX_HEADER_BYTES} bytes (431), and a browser call from an origin CORS does not admit (403).
 * Netty's own limits are set far above these (application.properties), so that it is this route, not the decoder,
 * that refuses and can say why; only a request beyond Netty's ceiling still gets the decoder's bare answer.
 */
@Singleton
public class EarlyErrorRoutes {

    /** Quarkus enforces the body limit in a route of order -2; this one runs just before it. */
    private static final int BEFORE_BODY_LIMIT = -3;

    /** Quarkus's CORS filter (a filter of priority 300, so route order -300) refuses an unknown origin with an empty 403. */
    private static final int BEFORE_CORS = -301;

    static final int MAX_URI_LENGTH = 4096;
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final MemorySize maxBodySize;
    private final Set<String> corsOrigins;

    EarlyErrorRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "mayors.cors-origins") Optional<List<String>> corsOrigins) {
        this.maxBodySize = maxBodySize;
        this.corsOrigins = Set.copyOf(corsOrigins.orElse(List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_CORS).handler(this::rejectOversizedHeadOrForeignOrigin);
        router.route().order(BEFORE_BODY_LIMIT).handler(this::rejectOversizedBody);
        router.errorHandler(404, ctx -> ProblemResponses.write(ctx, new ApiProblem(ProblemType.NOT_FOUND, WebApplicationMapper.NOTHING_HERE)));
    }

    private void rejectOversizedHeadOrForeignOrigin(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.write(ctx, new ApiProblem(ProblemType.HTTP_ERROR, "The URI has " + request.uri().length()
                    + " characters; the limit is " + MAX_URI_LENGTH + ". Narrow the query, or page through the results.")
                    .withStatus(414));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.write(ctx, new ApiProblem(ProblemType.HTTP_ERROR, "The request headers take " + headerBytes
                    + " bytes; the limit is " + human(MAX_HEADER_BYTES) + ". Send fewer or shorter headers (cookies?).")
                    .withStatus(431));
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !corsOrigins.contains(origin) && !sameOrigin(origin, request.scheme(), request.getHeader(HttpHeaders.HOST))) {
            ProblemResponses.write(ctx, new ApiProblem(ProblemType.HTTP_ERROR, "Browser calls from the origin '" + origin
                    + "' are not admitted; the deployment lists the origins it serves in MAYORS_CORS_ORIGINS.").withStatus(403));
            return;
        }
        ctx.next();
    }

    /**
     * The origin is the one the request was sent to (scheme, host and port, default ports filled in): a same-origin
     * call, which CORS admits as Quarkus's filter does. Any other unlisted origin is refused here, with a problem body;
     * Quarkus's filter would refuse it with an empty 403.
     */
    static boolean sameOrigin(String origin, String scheme, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        try {
            URI from = new URI(origin);
            URI to = new URI(scheme + "://" + hostHeader);
            return from.getHost() != null && scheme.equalsIgnoreCase(from.getScheme()) && from.getHost().equalsIgnoreCase(to.getHost())
                    && port(from) == port(to);
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
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
