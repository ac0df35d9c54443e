package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Optional;

/**
 * What the database refused: a constraint (409, worded by {@link DatabaseConstraints}), a value it cannot store
 * (400), no connection to be had or no answer in time (503). Anything else is unexpected (500).
 */
public class PersistenceMapper {

    private static final Logger LOG = Logger.getLogger(PersistenceMapper.class);

    @ServerExceptionMapper
    public Response map(PersistenceException e, UriInfo uri) {
        ApiProblem problem = problemFor(e);
        if (problem == UnexpectedMapper.INTERNAL) {
            LOG.errorf(e, "Unexpected database failure on %s", ProblemResponses.instance(uri));
        }
        return ProblemResponses.of(problem, uri);
    }

    static ApiProblem problemFor(PersistenceException e) {
        Optional<ApiProblem> unavailable = DatabaseUnavailable.problemFor(e);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        ConstraintViolationException constraint = Causes.find(e, ConstraintViolationException.class);
        if (constraint != null) {
            return DatabaseConstraints.problemFor(constraint.getSQLState(), constraint.getConstraintName());
        }
        if (Causes.find(e, DataException.class) != null) {
            // The contract's limits should stop these first; this catches a value the database still refuses.
            return new ApiProblem(ProblemType.INVALID_REQUEST, "A value is too long or out of range for what can be stored.");
        }
        return UnexpectedMapper.INTERNAL;
    }
}
