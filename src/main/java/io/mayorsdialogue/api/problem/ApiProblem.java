package io.mayorsdialogue.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on: a {@link ProblemType}, what went wrong in this occurrence, the offending fields
 * and any headers the answer needs (Retry-After, Allow, WWW-Authenticate). Raised by services and filters alike and
 * rendered as RFC 9457 problem details in one place (web.ProblemResponses); carries no HTTP library types, so
 * services stay independent of the transport.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ApiProblem(ProblemType type, String detail) {
        this(type, type.status(), detail, List.of(), Map.of());
    }

    public ApiProblem(ProblemType type, String detail, List<FieldViolation> errors) {
        this(type, type.status(), detail, errors, Map.of());
    }

    private ApiProblem(ProblemType type, int status, String detail, List<FieldViolation> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** The same problem answered with a status other than its type's default (only {@link ProblemType#HTTP_ERROR}). */
    public ApiProblem withStatus(int status) {
        return new ApiProblem(type, status, getMessage(), errors, headers);
    }

    /** The same problem with one more response header. */
    public ApiProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiProblem(type, status, getMessage(), errors, more);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemType.CONFLICT, detail);
    }

    public static ApiProblem unprocessable(List<FieldViolation> errors) {
        return new ApiProblem(ProblemType.UNPROCESSABLE, summary(errors), errors);
    }

    public static ApiProblem badRequest(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    public static ApiProblem invalid(List<FieldViolation> errors) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, summary(errors), errors);
    }

    /** One field: the sentence itself; several: a count, with the fields in {@code errors}. */
    public static String summary(List<FieldViolation> errors) {
        if (errors.size() == 1) {
            FieldViolation only = errors.get(0);
            return "Field '" + only.field() + "' " + only.message() + ".";
        }
        return errors.size() + " fields are invalid; see errors.";
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
