package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problems that services and filters raise themselves. */
public class ApiProblemMapper {

    @ServerExceptionMapper
    public Response map(ApiProblem e, UriInfo uri) {
        return ProblemResponses.of(e, uri);
    }
}
