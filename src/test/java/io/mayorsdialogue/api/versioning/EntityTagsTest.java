package io.mayorsdialogue.api.versioning;

import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** If-Match and If-None-Match against a version (RFC 9110 §13.1), without a server. */
class EntityTagsTest {

    @Test
    void ifMatchComparesStronglyAndAcceptsListsAndStar() {
        assertThatCode(() -> ConditionalRequests.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ConditionalRequests.checkIfMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ConditionalRequests.checkIfMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ConditionalRequests.checkIfMatch(null, 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConditionalRequests.checkIfMatch("W/\"3\"", 3))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(412));
        assertThatThrownBy(() -> ConditionalRequests.checkIfMatch("\"2\"", 3)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aRequiredIfMatchThatIsMissingIs428() {
        assertThatThrownBy(() -> ConditionalRequests.requireIfMatch(" ", 0))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(428));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(ConditionalRequests.notModified("W/\"5\"", 5)).isTrue();
        assertThat(ConditionalRequests.notModified("\"4\"", 5)).isFalse();
        assertThat(ConditionalRequests.notModified(null, 5)).isFalse();
    }

    @Test
    void aConcurrentWriteFoundAtFlushIsAStaleVersion() {
        assertThatThrownBy(() -> ConditionalRequests.flushChecked(() -> {
            throw new OptimisticLockException("row was updated");
        })).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(412));
        assertThat(new Versioned<>("body", 7).etag()).isEqualTo("\"7\"");
    }
}
