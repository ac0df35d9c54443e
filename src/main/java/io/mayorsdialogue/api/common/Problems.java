package io.mayorsdialogue.api.common;

import io.mayorsdialogue.api.model.FieldError;
import io.mayorsdialogue.api.model.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;

import java.util.List;

/** Builds problem+json responses; the single place that knows the shape and the type URIs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://mayors-dialogue.example/problems/";

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, String instance,
            List<FieldViolation> errors) {
        Problem body = new Problem()
                .type(TYPE_BASE + type)
                .title(title)
                .status(status)
                .detail(detail)
                .instance(instance)
                .requestId(currentRequestId())
                .errors(null);
        if (!errors.isEmpty()) {
            body.errors(errors.stream().map(e -> new FieldError().field(e.field()).message(e.message())).toList());
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    public static Response of(ApiProblem p, String instance) {
        return response(p.status(), p.type(), p.title(), p.getMessage(), instance, p.errors());
    }

    /** The id of the request being answered (see RequestIds), quoted by people reporting a problem. */
    static String currentRequestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String countDetail(List<FieldViolation> errors) {
        if (errors.size() == 1) {
            FieldViolation only = errors.get(0);
            return "Field '" + only.field() + "' " + only.message() + ".";
        }
        return errors.size() + " fields are invalid; see errors.";
    }
}
