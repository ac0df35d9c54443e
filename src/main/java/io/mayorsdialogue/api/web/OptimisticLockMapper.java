package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two writers of one version, where the service did not turn it into a 412 itself. */
public class OptimisticLockMapper {

    static final ApiProblem CHANGED_CONCURRENTLY =
            ApiProblem.conflict("The resource was changed by another request at the same time; fetch it again and retry.");

    @ServerExceptionMapper
    public Response map(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(CHANGED_CONCURRENTLY, uri);
    }
}
