package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Bean Validation of the generated interfaces (the contract's limits) → 400 naming each field. */
public class ConstraintViolationMapper {

    @ServerExceptionMapper
    public Response map(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        return ProblemResponses.of(problemFor(e, resource.getResourceMethod()), uri);
    }

    /** {@code method}: the resource method, whose parameters' HTTP names replace their Java names; may be null. */
    static ApiProblem problemFor(ConstraintViolationException e, Method method) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v, method), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return ApiProblem.invalid(errors);
    }

    /** {@code createCity.city.delegates[2].email} → {@code delegates[2].email}; {@code listCities.limit} → {@code limit}. */
    static String fieldOf(ConstraintViolation<?> v, Method method) {
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
            // a resource method's one parameter without an HTTP name is its body, whose Java name (topicDto) means
            // nothing to a client
            String name = kind == ElementKind.PARAMETER
                    ? httpName(method, node.as(Path.ParameterNode.class).getParameterIndex()).orElse(method == null ? node.getName() : "body")
                    : node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append(sb.isEmpty() ? "" : ".").append(name);
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /**
     * The name a client uses for a header, query or path parameter ({@code Idempotency-Key}, not
     * {@code idempotencyKey}), from the generated interface that declares it.
     */
    static Optional<String> httpName(Method method, int index) {
        if (method == null) {
            return Optional.empty();
        }
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                for (Annotation a : type.getMethod(method.getName(), method.getParameterTypes()).getParameterAnnotations()[index]) {
                    if (a instanceof HeaderParam h) {
                        return Optional.of(h.value());
                    }
                    if (a instanceof QueryParam q) {
                        return Optional.of(q.value());
                    }
                    if (a instanceof PathParam p) {
                        return Optional.of(p.value());
                    }
                }
            } catch (NoSuchMethodException notDeclaredThere) {
                // another interface
            }
        }
        return Optional.empty();
    }
}
