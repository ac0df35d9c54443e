package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.crypto.Sha256;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.web.ContractOperations;
import io.mayorsdialogue.api.web.ProblemResponses;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

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
        Optional<Caller> caller = authenticate(header);
        if (caller.isEmpty()) {
            return Optional.of(unauthorized(ctx, "The API key is not valid or has been revoked."));
        }
        current.set(caller.get());
        // An endpoint the contract does not describe is the organiser's alone: deny by default.
        Set<String> roles = contract.get(method.getMethodName()).map(ContractOperations.Operation::roles).orElse(ORGANISER_ONLY);
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

    /** Empty when credentials were sent but are not valid; anonymous when none were sent. */
    private Optional<Caller> authenticate(String header) {
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
