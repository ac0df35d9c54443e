package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.model.FieldErrorDto;
import io.mayorsdialogue.api.model.ProblemDto;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.MDC;

/**
 * The one place that turns an {@link ApiProblem} into RFC 9457 problem details: as a JAX-RS response (exception
 * mappers, request filters) or written straight to Vert.x for the errors answered before JAX-RS (EarlyErrorRoutes).
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** For the Vert.x path only; JAX-RS answers go through Quarkus's own mapper with the same inclusion rule. */
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ProblemResponses() {
    }

    public static Response of(ApiProblem problem, String instance) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(MEDIA_TYPE).entity(body(problem, instance));
        problem.headers().forEach(answer::header);
        return answer.build();
    }

    public static Response of(ApiProblem problem, UriInfo uri) {
        return of(problem, instance(uri));
    }

    /** Writes the problem unless an answer has already started. */
    public static void write(RoutingContext ctx, ApiProblem problem) {
        if (ctx.response().headWritten()) {
            return;
        }
        problem.headers().forEach(ctx.response()::putHeader);
        String body;
        try {
            ProblemDto dto = body(problem, ctx.request().path());
            if (ctx.get(RequestIds.MDC_KEY) != null) {
                dto.requestId(ctx.get(RequestIds.MDC_KEY)); // the event loop's logging context may already be cleared
            }
            body = JSON.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body always serialises", e);
        }
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE).end(body);
    }

    public static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    static ProblemDto body(ApiProblem problem, String instance) {
        ProblemDto body = new ProblemDto()
                .type(problem.type().uri())
                .title(problem.type().title())
                .status(problem.status())
                .detail(cut(problem.detail(), MAX_DETAIL))
                .instance(cut(instance, MAX_INSTANCE))
                .requestId(currentRequestId())
                .errors(null);
        if (!problem.errors().isEmpty()) {
            body.errors(problem.errors().stream().limit(MAX_ERRORS)
                    .map(e -> new FieldErrorDto().field(cut(e.field(), MAX_FIELD)).message(cut(e.message(), MAX_MESSAGE))).toList());
        }
        return body;
    }

    // The Problem schema's bounds: whatever a message quotes back, the answer stays within its contract.
    private static final int MAX_DETAIL = 2000;
    private static final int MAX_INSTANCE = 4096;
    private static final int MAX_ERRORS = 1000;
    private static final int MAX_FIELD = 300;
    private static final int MAX_MESSAGE = 500;

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The id of the request being answered (see RequestIds), quoted by people reporting a problem. */
    private static String currentRequestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
