package io.mayorsdialogue.api.problem;

/**
 * Every kind of problem the API answers with: its {@code type} slug, HTTP status and title. The contract lists the
 * same catalogue under the Problem schema's {@code x-problem-types} (ProblemTypeTest keeps the two equal), so
 * clients can branch on {@code type} and people read the same title for the same kind of failure everywhere.
 */
public enum ProblemType {

    INVALID_REQUEST("invalid-request", 400, "The request is not valid"),
    MALFORMED_JSON("malformed-json", 400, "The body is not valid JSON"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed for this role"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Representation not available"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    STILL_REFERENCED("still-referenced", 409, "Still in use"),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409, "Request already in progress"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource has changed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNPROCESSABLE("unprocessable", 422, "The request breaks a rule"),
    REGISTRATION_CLOSED("registration-closed", 422, "Registration is not possible"),
    REGISTRATION_QUOTA("registration-quota", 422, "Registration quota used up"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match required"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    /** Any other 4xx the HTTP layer raises; the occurrence carries its own status. */
    HTTP_ERROR("http-error", 400, "The request could not be processed"),
    INTERNAL_ERROR("internal-error", 500, "Unexpected error"),
    UNAVAILABLE("unavailable", 503, "Service busy");

    /** Problem type URIs are this base plus the slug. */
    public static final String URI_BASE = "https://mayors-dialogue.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return URI_BASE + slug;
    }
}
