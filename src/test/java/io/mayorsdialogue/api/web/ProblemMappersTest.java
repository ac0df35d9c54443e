package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.model.CityDto;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each exception mapper on its own, without a server: which problem each kind of failure becomes. */
class ProblemMappersTest {

    @Nested
    class Json {

        private final ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndRegisterModules();

        @Test
        void brokenSyntaxIsMalformedJsonWithItsPosition() {
            var e = catchThrowableOfType(JsonProcessingException.class, () -> strict.readValue("{\"name\": ", CityDto.class));
            ApiProblem problem = JsonProblemMapper.problemFor(e);
            assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_JSON);
            assertThat(problem.detail()).contains("line 1");
        }

        @Test
        void anUnknownFieldIsNamedWithTheKnownOnes() {
            var e = catchThrowableOfType(JsonProcessingException.class, () -> strict.readValue("{\"nmae\": \"x\"}", CityDto.class));
            ApiProblem problem = JsonProblemMapper.problemFor(e);
            assertThat(problem.type()).isEqualTo(ProblemType.INVALID_REQUEST);
            assertThat(problem.errors()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("nmae");
                assertThat(v.message()).contains("known fields").contains("name");
            });
        }

        @Test
        void aBadEnumValueListsTheAllowedOnesNeverAClassName() {
            var e = catchThrowableOfType(JsonProcessingException.class, () -> strict.readValue("{\"adminLevel\": \"TOWN\"}", CityDto.class));
            ApiProblem problem = JsonProblemMapper.problemFor(e);
            assertThat(problem.errors()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("adminLevel");
                assertThat(v.message()).contains("one of CITY, COUNTY").doesNotContain("Dto").doesNotContain("java.");
            });
        }
    }

    @Nested
    class BeanValidation {

        @Test
        void eachViolatedFieldIsNamedWithoutMethodOrParameterPrefixes() {
            var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(new CityDto().timeZone("Asia/Tokyo"));
            ApiProblem problem = ConstraintViolationMapper.problemFor(new ConstraintViolationException(violations), null);
            assertThat(problem.type()).isEqualTo(ProblemType.INVALID_REQUEST);
            assertThat(problem.errors()).extracting(v -> v.field()).contains("name", "countryCode", "adminLevel").isSorted();
        }
    }

    @Nested
    class WebApplication {

        @Test
        void anUnconvertibleParameterIsTheClientsError() {
            var problem = WebApplicationMapper.problemFor(new NotFoundException(new IllegalArgumentException("abc")), "");
            assertThat(problem.status()).isEqualTo(400);
        }

        @Test
        void anUnknownPathIs404() {
            assertThat(WebApplicationMapper.problemFor(new NotFoundException(), "").type()).isEqualTo(ProblemType.NOT_FOUND);
        }

        @Test
        void aWrongMethodSaysWhichAreAllowed() {
            var problem = WebApplicationMapper.problemFor(new NotAllowedException("GET"), "GET, HEAD, OPTIONS");
            assertThat(problem.status()).isEqualTo(405);
            assertThat(problem.headers()).containsEntry("Allow", "GET, HEAD, OPTIONS");
        }

        @Test
        void negotiationFailuresAre406And415() {
            assertThat(WebApplicationMapper.problemFor(new NotAcceptableException(), "").status()).isEqualTo(406);
            assertThat(WebApplicationMapper.problemFor(new NotSupportedException(), "").status()).isEqualTo(415);
        }

        @Test
        void anyOtherClientErrorKeepsItsStatusAndServerErrorsSayNothing() {
            assertThat(WebApplicationMapper.problemFor(new WebApplicationException(414), "").status()).isEqualTo(414);
            ApiProblem server = WebApplicationMapper.problemFor(new WebApplicationException(502), "");
            assertThat(server.type()).isEqualTo(ProblemType.INTERNAL_ERROR);
        }
    }

    @Nested
    class Persistence {

        @Test
        void aForeignKeyViolationSaysWhatStillRefersToIt() {
            var e = new org.hibernate.exception.ConstraintViolationException("fk",
                    new SQLException("violates", "23503"), "delete", ConstraintKind.FOREIGN_KEY, "mayor_city_id_fkey");
            ApiProblem problem = PersistenceMapper.problemFor(e);
            assertThat(problem.type()).isEqualTo(ProblemType.STILL_REFERENCED);
            assertThat(problem.detail()).contains("mayors");
        }

        @Test
        void aUniqueViolationFromARaceIsAConflictNamingTheDuplicate() {
            var e = new org.hibernate.exception.ConstraintViolationException("uk",
                    new SQLException("duplicate", "23505"), "insert", ConstraintKind.UNIQUE, "topic_title_uk");
            ApiProblem problem = PersistenceMapper.problemFor(e);
            assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT);
            assertThat(problem.detail()).contains("topic with this title");
        }

        @Test
        void aValueTheDatabaseCannotStoreIs400() {
            var e = new DataException("too long", new SQLException("value too long", "22001"));
            assertThat(PersistenceMapper.problemFor(e).status()).isEqualTo(400);
        }

        @Test
        void noDatabaseConnectionIs503WithRetryAfter() {
            var down = new JDBCConnectionException("refused", new SQLException("Connection refused", "08001"));
            ApiProblem problem = PersistenceMapper.problemFor(down);
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.headers()).containsEntry("Retry-After", "1");
            var pool = new PersistenceException(new SQLException("Sorry, acquisition timeout!"));
            assertThat(PersistenceMapper.problemFor(pool).status()).isEqualTo(503);
            // PostgreSQL stopped under a live connection, or still starting up again: not our bug either
            for (String state : new String[] {"57P01", "57P03", "53300"}) {
                var stopped = new PersistenceException(new org.hibernate.exception.GenericJDBCException("x", new SQLException("down", state)));
                assertThat(PersistenceMapper.problemFor(stopped).status()).as(state).isEqualTo(503);
            }
            // a commit that failed because the server went away keeps the reason only as a suppressed exception
            var commitFailed = new RuntimeException(new jakarta.transaction.RollbackException("Could not commit transaction."));
            commitFailed.getCause().addSuppressed(new javax.transaction.xa.XAException("commit failed"));
            commitFailed.getCause().getSuppressed()[0].initCause(new SQLException("terminating connection", "57P01"));
            assertThat(UnexpectedMapper.problemFor(commitFailed).status()).isEqualTo(503);
            var timedOut = new PersistenceException(new SQLException("canceling statement due to statement timeout", "57014"));
            assertThat(PersistenceMapper.problemFor(timedOut).headers()).containsEntry("Retry-After", "2");
        }

        @Test
        void anythingElseIsUnexpected() {
            assertThat(PersistenceMapper.problemFor(new PersistenceException("boom")).status()).isEqualTo(500);
        }
    }

    @Nested
    class LastResort {

        @Test
        void anUnexpectedFailureTellsNothing() {
            ApiProblem problem = UnexpectedMapper.problemFor(new IllegalStateException("secret SQL select * from partner"));
            assertThat(problem.status()).isEqualTo(500);
            assertThat(problem.detail()).doesNotContain("SQL").doesNotContain("partner");
        }

        /** What the body's reader throws when a client hangs up after sending (the bench's wrk at the end of a run). */
        @Test
        void aClientThatClosedTheConnectionIsNoServerFailure() {
            var hungUp = new UncheckedIOException(new IOException(new ClosedChannelException()));
            assertThat(UnexpectedMapper.problemFor(hungUp)).isSameAs(UnexpectedMapper.CLIENT_GONE);
            assertThat(UnexpectedMapper.problemFor(new HttpClosedException("Connection was closed")))
                    .isSameAs(UnexpectedMapper.CLIENT_GONE);
            assertThat(UnexpectedMapper.CLIENT_GONE.status()).isEqualTo(400);
            assertThat(UnexpectedMapper.problemFor(new UncheckedIOException(new IOException("disk full")))).isSameAs(UnexpectedMapper.INTERNAL);
        }

        @Test
        void anExhaustedPoolBelowAnyWrapperIs503() {
            var wrapped = new RuntimeException(new SQLException("Sorry, acquisition timeout!"));
            assertThat(UnexpectedMapper.problemFor(wrapped).status()).isEqualTo(503);
        }

        @Test
        void twoWritersOfOneVersionAreAConflict() {
            assertThat(OptimisticLockMapper.CHANGED_CONCURRENTLY.status()).isEqualTo(409);
            assertThat(new OptimisticLockException()).isNotNull();
        }
    }
}
