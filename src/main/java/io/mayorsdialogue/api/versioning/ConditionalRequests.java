package io.mayorsdialogue.api.versioning;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.persistence.OptimisticLockException;

import java.util.Arrays;

/**
 * {@code If-Match} and {@code If-None-Match} against an entity's version (RFC 9110 §13.1): If-Match compares
 * strongly (weak tags never match), both accept a list of tags and {@code *}.
 */
public final class ConditionalRequests {

    private ConditionalRequests() {
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
            throw preconditionRequired();
        }
        checkIfMatch(ifMatch, version);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag from your last read of this resource.");
    }

    /** True when {@code If-None-Match} names the current version (weak comparison), so a 304 is due. */
    public static boolean notModified(String ifNoneMatch, long version) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, version, true);
    }

    /** The same for a representation whose entity tag is {@code etag} (a display language's variant of a version). */
    public static boolean notModified(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
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
        return new ApiProblem(ProblemType.PRECONDITION_FAILED,
                "It has changed since the version in If-Match; fetch it again (its ETag) and reapply your change.");
    }

    /** A tag of any display language's variant names the version too: a change is based on the version, not its language. */
    private static boolean matches(String header, long version, boolean weakAllowed) {
        String current = "\"" + version + "\"";
        String variant = "\"" + version + "-";
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current) || weakAllowed && tag.equals("W/" + current)
                        || !weakAllowed && tag.startsWith(variant) && tag.endsWith("\""));
    }
}
