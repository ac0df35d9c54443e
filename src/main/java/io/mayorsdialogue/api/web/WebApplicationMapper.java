package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Set;

/** The JAX-RS layer's own refusals (routing, content negotiation, parameter conversion) as problem details. */
public class WebApplicationMapper {

    static final String NOTHING_HERE = "Nothing is served at this path. The API lives under /api/v1; see /q/openapi.";

    private final ContractOperations contract;

    WebApplicationMapper(ContractOperations contract) {
        this.contract = contract;
    }

    @ServerExceptionMapper
    public Response map(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return ProblemResponses.of(JsonProblemMapper.problemFor(json), uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            List<FieldViolation> named = contract.unconvertible(request.getMethod(), uri.getPath(), uri.getQueryParameters());
            if (!named.isEmpty()) {
                return ProblemResponses.of(ApiProblem.invalid(named), uri);
            }
        }
        if (e instanceof NotAcceptableException) {
            Set<String> types = contract.produces(request.getMethod(), uri.getPath());
            if (!types.isEmpty()) {
                return ProblemResponses.of(new ApiProblem(ProblemType.NOT_ACCEPTABLE, "This resource is available as "
                        + String.join(", ", types) + "; adjust the Accept header."), uri);
            }
        }
        String allowed = e instanceof NotAllowedException ? String.join(", ", contract.allowedMethods(uri.getPath())) : "";
        return ProblemResponses.of(problemFor(e, allowed), uri);
    }

    /** {@code allowed}: the methods the contract allows on the path, for a 405's Allow header. */
    static ApiProblem problemFor(WebApplicationException e, String allowed) {
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS reports an unconvertible query or path parameter as 404; it is the client's input that is wrong.
            return new ApiProblem(ProblemType.INVALID_REQUEST,
                    "A query parameter has a value of the wrong type or outside its allowed values.");
        }
        if (e instanceof NotFoundException) {
            return new ApiProblem(ProblemType.NOT_FOUND, NOTHING_HERE);
        }
        if (e instanceof NotAllowedException) {
            return new ApiProblem(ProblemType.METHOD_NOT_ALLOWED, "This path does not support the method; allowed: " + allowed + ".")
                    .withHeader(HttpHeaders.ALLOW, allowed);
        }
        if (e instanceof NotAcceptableException) {
            return new ApiProblem(ProblemType.NOT_ACCEPTABLE, "This resource is available as application/json; adjust the Accept header.");
        }
        if (e instanceof NotSupportedException) {
            return new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedMapper.INTERNAL;
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return new ApiProblem(ProblemType.HTTP_ERROR, "The request could not be processed: " + reason + ".").withStatus(status);
    }
}
