package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import io.mayorsdialogue.api.web.ContractOperations;
import io.mayorsdialogue.api.crypto.Sha256;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for the operations whose contract declares it: the first request with a key runs and its
 * answer is kept; a retry with the same key and body gets that answer again, marked {@code Idempotent-Replayed};
 * the same key with another body is a 422, and a retry while the first is still running a 409. Keys are per
 * credential, so two partners can never collide.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The contract's alphabet for keys: safe in logs, headers and URLs alike. */
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._:~-]{1,100}");

    private final ContractOperations contract;
    private final CurrentCaller caller;
    private final KeyClaim claimed;

    IdempotencyFilter(ContractOperations contract, CurrentCaller caller, KeyClaim claimed) {
        this.contract = contract;
        this.caller = caller;
        this.claimed = claimed;
    }

    /** Reads what the key is sent with; the claim is made in the change's transaction (AnswerInTheChange). */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public void keep(ContainerRequestContext ctx, SimpleResourceInfo method, HttpServerRequest request) {
        String key = ctx.getHeaderString(HEADER);
        boolean applies = contract.get(method.getMethodName()).map(ContractOperations.Operation::idempotent).orElse(false);
        if (!applies || key == null) {
            return;
        }
        if (key.isEmpty()) { // the REST layer hands an empty header to the resource as none, past the contract's minLength
            throw ApiProblem.invalid(List.of(new FieldViolation(HEADER,
                    "must not be empty: send 1 to 100 characters of A-Z a-z 0-9 . _ : ~ -, or leave the header out")));
        }
        if (!SAFE_KEY.matcher(key).matches()) {
            return; // a malformed key is refused by the contract's validation (400), never stored
        }
        byte[] body = readBody(ctx);
        // The raw path as it arrived, the same characters the request URI's raw path has: building the absolute URI
        // and parsing it again only to read its path cost the keyed POST ~1 % of its CPU.
        String path = request.path();
        String hash = Sha256.hex(ctx.getMethod() + " " + path + "\n" + new String(body, StandardCharsets.UTF_8));
        claimed.hold(new KeyClaim.Held(caller.get().scope(), key, hash));
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
