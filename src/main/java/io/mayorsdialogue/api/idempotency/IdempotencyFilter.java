package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.web.ContractOperations;
import io.mayorsdialogue.api.web.ProblemResponses;
import io.mayorsdialogue.api.crypto.Sha256;
import io.mayorsdialogue.api.security.CurrentCaller;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;


import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for the operations whose contract declares it: the first request with a key runs and its
 * answer is kept; a retry with the same key and body gets that answer again, marked {@code Idempotent-Replayed};
 * the same key with another body is a 422, and a retry while the first is still running a 409. Keys are per
 * credential, so two partners can never collide.
 */
public class IdempotencyFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The contract's alphabet for keys: safe in logs, headers and URLs alike. */
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._:~-]{1,100}");

    private final ContractOperations contract;
    private final IdempotencyStore store;
    private final CurrentCaller caller;
    private final KeyClaim claimed;
    private final Answers answers;
    private final IdempotencyMetrics metrics;

    IdempotencyFilter(ContractOperations contract, IdempotencyStore store, CurrentCaller caller, KeyClaim claimed,
            Answers answers, IdempotencyMetrics metrics) {
        this.contract = contract;
        this.store = store;
        this.caller = caller;
        this.claimed = claimed;
        this.answers = answers;
        this.metrics = metrics;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Optional<Response> claim(ContainerRequestContext ctx, SimpleResourceInfo method) {
        String key = ctx.getHeaderString(HEADER);
        boolean applies = contract.get(method.getMethodName()).map(ContractOperations.Operation::idempotent).orElse(false);
        if (!applies || key == null || !SAFE_KEY.matcher(key).matches()) {
            return Optional.empty(); // a malformed key is refused by the contract's validation (400), never stored
        }
        byte[] body = readBody(ctx);
        String path = ctx.getUriInfo().getRequestUri().getRawPath();
        String hash = Sha256.hex(ctx.getMethod() + " " + path + "\n" + new String(body, StandardCharsets.UTF_8));
        String scope = caller.get().scope();
        IdempotencyStore.Claim claim = store.claim(scope, key, hash);
        if (claim instanceof IdempotencyStore.Claimed) {
            claimed.hold(new KeyClaim.Held(scope, key));
            return Optional.empty();
        }
        if (claim instanceof IdempotencyStore.Replay r) {
            metrics.request("replayed");
            Response.ResponseBuilder replay = Response.status(r.status()).entity(r.body())
                    .type(MediaType.APPLICATION_JSON_TYPE).header(REPLAYED, "true");
            if (r.location() != null) {
                replay.header(HttpHeaders.LOCATION, r.location());
            }
            if (r.etag() != null) {
                replay.header(HttpHeaders.ETAG, r.etag());
            }
            return Optional.of(replay.build());
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            metrics.request("reused");
            return Optional.of(ProblemResponses.of(new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request."), path));
        }
        metrics.request("in_progress");
        return Optional.of(ProblemResponses.of(new ApiProblem(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; retry in a moment to get its answer."), path));
    }

    /**
     * A keyed request's answer is normally recorded with its change (AnswerInTheChange). This records the success of
     * a resource without that interceptor, and releases the key after a failure, which created nothing.
     */
    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        KeyClaim.Held held = claimed.held();
        if (held == null || claimed.recorded()) {
            return;
        }
        try {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                QuarkusTransaction.requiringNew().run(() ->
                        answers.record(held, response.getStatus(), response.getEntity(), response::getHeaderString));
            } else {
                store.release(held.scope(), held.key());
            }
        } catch (RuntimeException e) {
            // The change itself is committed: the client must still get its answer. A retry with this key gets 409
            // until the claim counts as abandoned.
            LOG.errorf(e, "Could not record the answer for Idempotency-Key %s of %s", held.key(), held.scope());
        }
    }

    private static byte[] readBody(ContainerRequestContext ctx) {
        try {
            byte[] body = ctx.getEntityStream().readAllBytes();
            ctx.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
