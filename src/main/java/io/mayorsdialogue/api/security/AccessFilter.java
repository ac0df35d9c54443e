package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.crypto.Sha256;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.web.ContractOperations;
import io.mayorsdialogue.api.web.ProblemResponses;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates the API key and enforces the roles that the contract's {@code x-roles} names for the matched
 * operation. It runs before the body is read or validated, so an anonymous caller learns nothing about a write
 * beyond "401". Data-level rules (a partner sees only its own city's registrations) live in the services.
 */
public class AccessFilter {

    private static final String BEARER = "Bearer ";
    /** The idempotency feature's header (IdempotencyFilter.HEADER), named here since that feature depends on this one. */
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> ORGANISER_ONLY = Set.of(Caller.Role.ORGANISER.contractName());

    private final ContractOperations contract;
    private final PartnerKeyLookup partners;
    private final CurrentCaller current;
    private final List<String> organiserKeys;

    AccessFilter(ContractOperations contract, PartnerKeyLookup partners, CurrentCaller current,
            @ConfigProperty(name = "mayors.organiser-key") Optional<String> organiserKey) {
        this.contract = contract;
        this.partners = partners;
        this.current = current;
        this.organiserKeys = OrganiserKeys.parse(organiserKey);
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticateAndAuthorize(ContainerRequestContext ctx, SimpleResourceInfo method) {
        // A refusal takes its path (problem details' instance) from ctx when it is built: built on every request, the
        // absolute URI and its parsing cost a read 4 % of its CPU.
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<ContractOperations.Operation> operation = contract.get(method.getMethodName());
        boolean keyedChange = operation.map(ContractOperations.Operation::idempotent).orElse(false)
                && ctx.getHeaderString(IDEMPOTENCY_KEY) != null;
        Optional<Caller> caller = authenticate(header, keyedChange);
        if (caller.isEmpty()) {
            return Optional.of(ProblemResponses.of(Caller.invalidKey(), ctx.getUriInfo()));
        }
        current.set(caller.get());
        // An endpoint the contract does not describe is the organiser's alone: deny by default.
        Set<String> roles = operation.map(ContractOperations.Operation::roles).orElse(ORGANISER_ONLY);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Caller who = caller.get();
        if (who.role() == Caller.Role.ANONYMOUS) {
            return Optional.of(unauthorized(ctx, "This operation needs an API key: send 'Authorization: Bearer <key>'."));
        }
        if (!roles.contains(who.role().contractName())) {
            return Optional.of(ProblemResponses.of(new ApiProblem(ProblemType.FORBIDDEN,
                    "This operation is for: " + String.join(", ", roles.stream().sorted().toList())
                            + "; these credentials are a " + who.role().contractName() + "'s."), ctx.getUriInfo()));
        }
        return Optional.empty();
    }

    /**
     * Nothing is answered to a caller whose remembered key is still unconfirmed: a keyed change confirms it in its
     * transaction, and an answer that comes before (a body that is no JSON, a 403) waits for a look-up of its own. A
     * key that is no longer valid gets the 401 an unknown key gets, and nothing of the answer it replaces (its
     * headers neither). First among the response filters (they run from the highest priority down), so that the
     * others, the failed-authentication count among them, see the 401.
     */
    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void confirmBeforeAnswering(ContainerRequestContext ctx, ContainerResponseContext answer) {
        try {
            current.confirm();
        } catch (ApiProblem refused) {
            Response problem = ProblemResponses.of(refused, ctx.getUriInfo());
            answer.getHeaders().clear();
            problem.getStringHeaders().forEach((name, values) -> answer.getHeaders().put(name, List.copyOf(values)));
            answer.setStatus(problem.getStatus());
            answer.setEntity(problem.getEntity(), new Annotation[0], MediaType.valueOf(ProblemResponses.MEDIA_TYPE));
        }
    }

    /**
     * Empty when credentials were sent but are not valid; anonymous when none were sent. A partner key this instance
     * remembers is taken at its word for a keyed change, whose transaction confirms it ahead of the change's first
     * statement, in that statement's round trip (CurrentCaller#owedConfirmation): a look-up of its own cost the
     * busiest write one of its three round trips (bench/README.md).
     */
    private Optional<Caller> authenticate(String header, boolean keyedChange) {
        if (header == null || header.isBlank()) {
            return Optional.of(Caller.ANONYMOUS);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = header.substring(BEARER.length()).trim();
        if (organiserKeys.stream().anyMatch(k -> sameKey(key, k))) {
            return Optional.of(Caller.ORGANISER);
        }
        if (keyedChange) {
            Optional<Caller> remembered = partners.remembered(key);
            if (remembered.isPresent()) {
                current.owe(new KeyConfirmation(partners, key, remembered.get()));
                return remembered;
            }
        }
        return partners.partnerFor(key);
    }

    private static Response unauthorized(ContainerRequestContext ctx, String detail) {
        return ProblemResponses.of(new ApiProblem(ProblemType.UNAUTHORIZED, detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, Caller.CHALLENGE), ctx.getUriInfo());
    }

    /** Constant-time comparison, so response timing tells nothing about how much of a key was right. */
    private static boolean sameKey(String presented, String expected) {
        return MessageDigest.isEqual(Sha256.of(presented), Sha256.of(expected));
    }
}
