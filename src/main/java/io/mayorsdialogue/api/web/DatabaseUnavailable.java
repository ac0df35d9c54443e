package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import org.hibernate.exception.JDBCConnectionException;

/**
 * No database connection to be had: the pool is exhausted, or PostgreSQL cannot be reached. Answered at once with
 * 503 and Retry-After, so clients back off instead of requests queueing without bound.
 */
final class DatabaseUnavailable {

    static final ApiProblem PROBLEM = new ApiProblem(ProblemType.UNAVAILABLE,
            "The database is busy or unreachable; retry in a second.").withHeader("Retry-After", "1");

    /** Agroal reports an exhausted pool only as a plain SQLException with this message; it has no type of its own. */
    private static final String AGROAL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    static boolean explains(Throwable e) {
        if (Causes.find(e, JDBCConnectionException.class) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && String.valueOf(t.getMessage()).contains(AGROAL_ACQUISITION_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
