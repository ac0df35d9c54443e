package io.mayorsdialogue.api.common;

import jakarta.persistence.OptimisticLockException;

import java.util.Arrays;
import java.util.List;

/**
 * {@code If-Match} and {@code If-None-Match} against an entity's version (RFC 9110 §13.1): If-Match compares
 * strongly (weak tags never match), both accept a list of tags and {@code *}.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** Nothing to check when {@code ifMatch} is absent; else 412 unless it names the current version. */
    public static void checkIfMatch(String ifMatch, long version) {
        if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch, version, false)) {
            throw stale();
        }
    }

    /** The same, for changes that must say which version they are based on (428 without If-Match). */
    public static void requireIfMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "precondition-required", "If-Match required",
                    "Send If-Match with the ETag from your last read of this resource.", List.of());
        }
        checkIfMatch(ifMatch, version);
    }

    /** True when {@code If-None-Match} names the current version (weak comparison), so a 304 is due. */
    public static boolean notModified(String ifNoneMatch, long version) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, version, true);
    }

    /** Writes pending changes; a concurrent change to the same version surfaces as 412, as a stale If-Match would. */
    public static void flushChecked(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    public static ApiProblem stale() {
        return new ApiProblem(412, "precondition-failed", "The resource has changed",
                "It has changed since the version in If-Match; fetch it again (its ETag) and reapply your change.", List.of());
    }

    private static boolean matches(String header, long version, boolean weakAllowed) {
        String current = "\"" + version + "\"";
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current) || weakAllowed && tag.equals("W/" + current));
    }
}
