package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not JSON (400 malformed-json, with line and column) or does not fit the schema (400 naming the
 * field and what was expected). MismatchedInputException needs its own method: Quarkus's built-in mapper for it
 * would otherwise win over the JsonProcessingException one.
 */
public class JsonProblemMapper {

    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return ProblemResponses.of(problemFor(e), uri);
    }

    @ServerExceptionMapper
    public Response map(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(problemFor(e), uri);
    }

    static ApiProblem problemFor(JsonProcessingException e) {
        JsonParseException parse = Causes.find(e, JsonParseException.class);
        if (parse != null || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            var at = parse != null ? parse.getLocation() : e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new ApiProblem(ProblemType.MALFORMED_JSON,
                    "The body could not be parsed as JSON" + where + ". Check quotes, commas and brackets.");
        }
        return ApiProblem.invalid(List.of(violation(mapping)));
    }

    private static FieldViolation violation(JsonMappingException e) {
        String field = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String allowed = known == null ? "" : "; known fields: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldViolation(field, "is not a known field" + allowed);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType()
                : e instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass() : null;
        String expected = expectation(target);
        if (e instanceof InvalidNullException) {
            return new FieldViolation(field, "must not be null");
        }
        if (e instanceof InvalidFormatException f && "\\u0000".equals(f.getValue())) {
            return new FieldViolation(field, "must not contain the NUL character (\\u0000)");
        }
        if (e instanceof InvalidFormatException f) {
            return new FieldViolation(field, "has an invalid value '" + echo(f.getValue()) + "'; expected " + expected);
        }
        if (e instanceof ValueInstantiationException) {
            return new FieldViolation(field, "has an invalid value; expected " + expected);
        }
        return new FieldViolation(field, "has the wrong type; expected " + expected);
    }

    /** The client's value quoted back, cut short so that a 10,000-character mistake does not come back whole. */
    static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }

    private static final int ECHO_LIMIT = 60;

    /** In words a client developer understands: never a Java class name. */
    static String expectation(Class<?> target) {
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
}
