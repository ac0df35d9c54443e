package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The last resort: logged in full on the server, answered with no detail that could leak internals. */
public class UnexpectedMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class);

    static final ApiProblem INTERNAL =
            new ApiProblem(ProblemType.INTERNAL_ERROR, "The server could not complete the request. It has been logged.");

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response map(Throwable e, UriInfo uri) {
        ApiProblem problem = problemFor(e);
        if (problem == INTERNAL) {
            LOG.errorf(e, "Unexpected failure on %s", ProblemResponses.instance(uri));
        } else {
            LOG.warnf("Database unavailable on %s: %s", ProblemResponses.instance(uri), e.getMessage());
        }
        return ProblemResponses.of(problem, uri);
    }

    /** A validation that could not even run (a constraint on the wrong type) is our bug, not the client's: 500. */
    @ServerExceptionMapper
    public Response validationBroken(jakarta.validation.ValidationException e, UriInfo uri, ResourceInfo resource) {
        if (e instanceof jakarta.validation.ConstraintViolationException violations) {
            return ProblemResponses.of(ConstraintViolationMapper.problemFor(violations, resource.getResourceMethod()), uri);
        }
        return map(e, uri);
    }

    static ApiProblem problemFor(Throwable e) {
        return DatabaseUnavailable.problemFor(e).orElse(INTERNAL);
    }
}
