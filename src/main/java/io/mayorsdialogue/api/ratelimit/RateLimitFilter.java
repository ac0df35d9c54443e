package io.mayorsdialogue.api.ratelimit;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.web.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;

/**
 * OWASP API4: each credential (a partner, the organiser) and each client address (anonymous calls) spends from
 * its own bucket; an empty bucket is answered 429 with Retry-After. Every limited answer says where the caller
 * stands in the IETF {@code RateLimit-Policy} and {@code RateLimit} headers. An address whose credentials keep
 * failing is refused before they are even checked, so keys cannot be guessed at speed.
 */
public class RateLimitFilter {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";
    private static final String CHARGED = RateLimitFilter.class.getName() + ".charged";

    private record Charged(RateLimiter.Policy policy, TokenBucket.Outcome outcome) {

        String state() {
            return "\"" + policy.name() + "\";r=" + outcome.remaining() + ";t=" + outcome.fullInSeconds();
        }
    }

    private final RateLimiter limiter;
    private final CurrentCaller current;

    RateLimitFilter(RateLimiter limiter, CurrentCaller current) {
        this.limiter = limiter;
        this.current = current;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10)
    public Optional<Response> refuseKeyGuessing(ContainerRequestContext ctx, HttpServerRequest request) {
        // only credentials are refused: anonymous reads from the same address spend their own bucket
        boolean credentials = ctx.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (!limiter.enabled() || !credentials || !limiter.exhausted(limiter.failedAuthentication(), address(request))) {
            return Optional.empty();
        }
        RateLimiter.Policy policy = limiter.failedAuthentication();
        return Optional.of(tooMany(ctx, policy, limiter.take(policy, address(request)),
                "Too many requests from this address failed to authenticate; check the API key, then retry."));
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> spend(ContainerRequestContext ctx, HttpServerRequest request) {
        if (!limiter.enabled()) {
            return Optional.empty();
        }
        Caller caller = current.get();
        RateLimiter.Policy policy = switch (caller.role()) {
            case ORGANISER -> limiter.organiser();
            case PARTNER -> limiter.partner();
            case ANONYMOUS -> limiter.anonymous();
        };
        String who = switch (caller.role()) {
            case ORGANISER -> "organiser";
            case PARTNER -> caller.partnerId().toString();
            case ANONYMOUS -> address(request);
        };
        TokenBucket.Outcome outcome = limiter.take(policy, who);
        ctx.setProperty(CHARGED, new Charged(policy, outcome));
        if (outcome.admitted()) {
            return Optional.empty();
        }
        return Optional.of(tooMany(ctx, policy, outcome, caller.role() == Caller.Role.ANONYMOUS
                ? "Too many requests from this address; retry after Retry-After seconds, or use an API key."
                : "Too many requests with these credentials; retry after Retry-After seconds."));
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return;
        }
        // a call without credentials is not a failed guess: counting it let anonymous calls from a shared address
        // (a NAT, a proxy) lock out every valid key behind it
        if (response.getStatus() == 401 && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            limiter.take(limiter.failedAuthentication(), address(http));
        }
        if (request.getProperty(CHARGED) instanceof Charged charged) {
            response.getHeaders().putSingle(POLICY_HEADER, charged.policy().header());
            response.getHeaders().putSingle(STATE_HEADER, charged.state());
        }
    }

    private static Response tooMany(ContainerRequestContext ctx, RateLimiter.Policy policy, TokenBucket.Outcome outcome,
            String detail) {
        Charged charged = new Charged(policy, outcome);
        return ProblemResponses.of(new ApiProblem(ProblemType.RATE_LIMITED, detail)
                .withHeader("Retry-After", Long.toString(Math.max(1, outcome.retryAfterSeconds())))
                .withHeader(POLICY_HEADER, policy.header())
                .withHeader(STATE_HEADER, charged.state()), ctx.getUriInfo());
    }

    /** The peer's address; behind a proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} so it is the client's. */
    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
