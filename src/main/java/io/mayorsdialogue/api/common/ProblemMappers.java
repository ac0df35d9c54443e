package io.mayorsdialogue.api.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every exception that can reach the client into RFC 9457 problem details. Messages are written here, for
 * people: no exception class, stack trace or SQL ever reaches a response.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ContractOperations contract;

    ProblemMappers(ContractOperations contract) {
        this.contract = contract;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return Problems.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return invalid(errors, uri);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        JsonParseException parse = causeOf(e, JsonParseException.class);
        if (parse != null || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            var at = parse != null ? parse.getLocation() : e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return Problems.response(400, "malformed-json", "The body is not valid JSON",
                    "The body could not be parsed as JSON" + where + ". Check quotes, commas and brackets.", path(uri), List.of());
        }
        return invalid(List.of(jsonViolation(mapping)), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        if (e instanceof NotFoundException && cause != null) {
            // JAX-RS reports an unconvertible query or path parameter as 404; it is the client's input that is wrong.
            return Problems.response(400, "invalid-request", "The request is not valid",
                    "A query parameter has a value of the wrong type or outside its allowed values.", path(uri), List.of());
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, "not-found", "Resource not found",
                    "Nothing is served at this path. The API lives under /api/v1; see /q/openapi.", path(uri), List.of());
        }
        if (e instanceof NotAllowedException) {
            String allowed = String.join(", ", contract.allowedMethods(uri.getPath()));
            Response problem = Problems.response(405, "method-not-allowed", "Method not allowed",
                    "This path does not support the method; allowed: " + allowed + ".", path(uri), List.of());
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
        }
        if (e instanceof NotAcceptableException) {
            return Problems.response(406, "not-acceptable", "Representation not available",
                    "This resource is available as application/json; adjust the Accept header.", path(uri), List.of());
        }
        if (e instanceof NotSupportedException) {
            return Problems.response(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.", path(uri), List.of());
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String reason = Optional.ofNullable(Response.Status.fromStatusCode(status)).map(Response.Status::getReasonPhrase).orElse("Error");
        return Problems.response(status, "http-" + status, reason, "The request could not be processed: " + reason + ".",
                path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Problems.response(409, "conflict", "Conflict with the current state",
                "The resource was changed by another request at the same time; fetch it again and retry.", path(uri), List.of());
    }

    /**
     * The pool had no connection free within its acquisition timeout: say so at once (503, Retry-After) rather than
     * queue requests without bound. Agroal reports it only in the message of a plain SQLException.
     */
    private static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Response busy(UriInfo uri) {
        Response problem = Problems.response(503, "unavailable", "Service busy",
                "All database connections are busy; retry in a second.", path(uri), List.of());
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (poolExhausted(e)) {
            return busy(uri);
        }
        if (causeOf(e, org.hibernate.exception.ConstraintViolationException.class) != null) {
            // Services check uniqueness and references first; this is the race where two requests passed the check.
            return Problems.response(409, "conflict", "Conflict with the current state",
                    "The change conflicts with data written at the same time (a duplicate or a removed reference); fetch and retry.",
                    path(uri), List.of());
        }
        if (causeOf(e, org.hibernate.exception.DataException.class) != null) {
            // The contract's limits should stop these first; this catches a value the database still refuses.
            return Problems.response(400, "invalid-request", "The request is not valid",
                    "A value is too long or out of range for what can be stored.", path(uri), List.of());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (poolExhausted(e)) {
            LOG.warnf("Connection pool exhausted on %s", path(uri));
            return busy(uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return Problems.response(500, "internal-error", "Unexpected error",
                "The server could not complete the request. It has been logged.", path(uri), List.of());
    }

    private static Response invalid(List<FieldViolation> errors, UriInfo uri) {
        return Problems.response(400, "invalid-request", "The request is not valid", Problems.countDetail(errors), path(uri), errors);
    }

    private static FieldViolation jsonViolation(JsonMappingException e) {
        String field = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String allowed = known == null ? "" : "; known fields: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldViolation(field, "is not a known field" + allowed);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType()
                : e instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass() : null;
        String expected = expectation(target);
        if (e instanceof InvalidFormatException f) {
            return new FieldViolation(field, "has an invalid value '" + f.getValue() + "'; expected " + expected);
        }
        if (e instanceof ValueInstantiationException) {
            return new FieldViolation(field, "has an invalid value; expected " + expected);
        }
        return new FieldViolation(field, "has the wrong type; expected " + expected);
    }

    private static String expectation(Class<?> target) {
        if (target == null) {
            return "a different value";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (target == OffsetDateTime.class) {
            return "an RFC 3339 date-time with offset, e.g. 2025-07-19T09:30:00+08:00";
        }
        if (target == LocalDate.class) {
            return "a date, e.g. 2025-07-19";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** {@code createCity.city.delegates[2].email} → {@code delegates[2].email}; {@code listCities.limit} → {@code limit}. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean bodyParameter = kind == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE || bodyParameter) {
                continue;
            }
            if (node.isInIterable()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "").append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append(sb.isEmpty() ? "" : ".").append(name);
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
