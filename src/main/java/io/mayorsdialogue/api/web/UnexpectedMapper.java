package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;

/** The last resort: logged in full on the server, answered with no detail that could leak internals. */
public class UnexpectedMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class);

    static final ApiProblem INTERNAL =
            new ApiProblem(ProblemType.INTERNAL_ERROR, "The server could not complete the request. It has been logged.");

    /**
     * The client closed the connection while its request was being read (a retry loop's timeout, a load test's end):
     * no one is left to answer, and nothing failed on the server. A 4xx for the access log and the metrics; the answer
     * goes nowhere.
     */
    static final ApiProblem CLIENT_GONE =
            new ApiProblem(ProblemType.INVALID_REQUEST, "The connection was closed before the request was complete.");

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response map(Throwable e, UriInfo uri) {
        ApiProblem problem = problemFor(e);
        if (problem == INTERNAL) {
            LOG.errorf(e, "Unexpected failure on %s", ProblemResponses.instance(uri));
        } else if (problem == CLIENT_GONE) {
            LOG.debugf("The client closed the connection during %s", ProblemResponses.instance(uri));
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
        if (Causes.find(e, ClosedChannelException.class) != null || Causes.find(e, HttpClosedException.class) != null) {
            return CLIENT_GONE;
        }
        return DatabaseUnavailable.problemFor(e).orElse(INTERNAL);
    }
}
