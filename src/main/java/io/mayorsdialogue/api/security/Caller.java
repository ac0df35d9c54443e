package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;
import java.util.UUID;

/**
 * Who is calling: anonymous, the organiser, or a partner bound to one city. {@code scope} keys per-credential
 * state such as idempotency keys.
 */
public record Caller(Role role, UUID partnerId, UUID cityId) {

    public enum Role {
        ANONYMOUS, ORGANISER, PARTNER;

        /** The role's name as the contract's {@code x-roles} spells it. */
        public String contractName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Caller ANONYMOUS = new Caller(Role.ANONYMOUS, null, null);
    public static final Caller ORGANISER = new Caller(Role.ORGANISER, null, null);

    /** The {@code WWW-Authenticate} challenge of every 401. */
    public static final String CHALLENGE = "Bearer realm=\"mayors-dialogue\"";

    public static Caller partner(UUID partnerId, UUID cityId) {
        return new Caller(Role.PARTNER, partnerId, cityId);
    }

    /** The refusal of a key that is not valid or has been revoked. */
    public static ApiProblem invalidKey() {
        return new ApiProblem(ProblemType.UNAUTHORIZED, "The API key is not valid or has been revoked.")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }

    public boolean isOrganiser() {
        return role == Role.ORGANISER;
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    /**
     * The refusal of what this caller's role may not do: 401 with a challenge when it sent no credentials (a key might
     * be allowed), 403 when it did. {@code detail} says who may.
     */
    public ApiProblem refusal(String detail) {
        return role == Role.ANONYMOUS
                ? new ApiProblem(ProblemType.UNAUTHORIZED, detail + " Send 'Authorization: Bearer <key>'.")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                : new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public String scope() {
        return switch (role) {
            case ORGANISER -> "organiser";
            case PARTNER -> "partner:" + partnerId;
            case ANONYMOUS -> "anonymous";
        };
    }
}
