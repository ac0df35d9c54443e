package io.mayorsdialogue.api.common;

import java.util.List;

/**
 * A failure the client can act on, raised by services and rendered as RFC 9457 problem details by
 * {@link ProblemMappers}. Carries no HTTP types so services stay independent of the transport.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldViolation> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldViolation> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Resource not found", "No " + what + " with id '" + id + "'.", List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    public static ApiProblem unprocessable(List<FieldViolation> errors) {
        return new ApiProblem(422, "unprocessable", "The request breaks a rule", Problems.countDetail(errors), errors);
    }

    public static ApiProblem badRequest(String field, String message) {
        List<FieldViolation> errors = List.of(new FieldViolation(field, message));
        return new ApiProblem(400, "invalid-request", "The request is not valid", Problems.countDetail(errors), errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> errors() {
        return errors;
    }
}
