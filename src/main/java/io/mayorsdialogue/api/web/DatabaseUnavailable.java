package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import org.hibernate.exception.JDBCConnectionException;

import java.util.Optional;

/**
 * No database answer to be had: the pool is exhausted, PostgreSQL cannot be reached, or a statement ran past the
 * statement timeout. Answered with 503 and Retry-After, so clients back off instead of requests queueing without
 * bound.
 */
final class DatabaseUnavailable {

    static final ApiProblem PROBLEM = new ApiProblem(ProblemType.UNAVAILABLE,
            "The database is busy or unreachable; retry in a second.").withHeader("Retry-After", "1");

    static final ApiProblem TOO_SLOW = new ApiProblem(ProblemType.UNAVAILABLE,
            "The database did not answer in time (it is busy, or a lock is held); retry in a few seconds.")
            .withHeader("Retry-After", "2");

    /** PostgreSQL's query_canceled: what a statement_timeout raises. */
    private static final String QUERY_CANCELED = "57014";

    /**
     * Agroal reports an exhausted pool only as a plain SQLException with this message; it has no type of its own.
     * PostgreSQL going away shows as SQLState class 08 (connection), 57P01-03 (shut down by an administrator, crash,
     * still starting) or 53300 (too many connections).
     */
    private static final String AGROAL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    /** The 503 that explains {@code e}, if a database that could not answer does. */
    static Optional<ApiProblem> problemFor(Throwable e) {
        if (unreachable(e)) {
            return Optional.of(PROBLEM);
        }
        return tooSlow(e) ? Optional.of(TOO_SLOW) : Optional.empty();
    }

    /** The statement was cut by the statement timeout. */
    private static boolean tooSlow(Throwable e) {
        return Causes.all(e).anyMatch(t -> t instanceof java.sql.SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()));
    }

    private static boolean unreachable(Throwable e) {
        return Causes.find(e, JDBCConnectionException.class) != null || Causes.all(e).anyMatch(t ->
                t instanceof java.sql.SQLException sql && (String.valueOf(sql.getMessage()).contains(AGROAL_ACQUISITION_TIMEOUT)
                        || sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                        || sql.getSQLState().equals("53300"))));
    }
}
