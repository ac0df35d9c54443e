package io.mayorsdialogue.api.deferred;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Held writes reach the database with their transaction, in order, or fail it; none is lost, whenever it is made.
 * The rows are audit entries of a resource type no feature writes, each test's own actor telling them apart.
 */
@QuarkusTest
class DeferredWritesTest {

    private static final String ENTRY = "insert into audit_entry (id, at, actor, resource_type, resource_id, action, changes) "
            + "values (?, ?, ?, 'deferred-test', ?, 'CREATE', cast('[]' as jsonb))";

    @Inject
    DeferredWrites writes;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DataSource dataSource;

    @Test
    void heldWritesAreSentAtCommitWhenNothingElseTakesThem() {
        String actor = actor();
        QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "first");
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "second");
            assertThat(resourcesBy(actor)).as("held, not yet sent").isEmpty();
        });
        assertThat(resourcesBy(actor)).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void aStatementSentWithThemRunsAfterThemInTheSameTransactionAndAnswersItsOwnCount() {
        String actor = actor();
        int updated = QuarkusTransaction.requiringNew().call(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "held one");
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "held two");
            return writes.sendWith("update audit_entry set resource_id = resource_id || ' (seen)' where actor = ?", actor);
        });
        assertThat(updated).isEqualTo(2);
        assertThat(resourcesBy(actor)).containsExactlyInAnyOrder("held one (seen)", "held two (seen)");
    }

    @Test
    void aHeldWriteThatFailsRollsTheWholeTransactionBack() {
        String actor = actor();
        UUID taken = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "before the failure");
            writes.add(ENTRY, taken, Instant.now(), actor, "the first with this id");
            writes.add(ENTRY, taken, Instant.now(), actor, "the same id again");
        })).isNotNull();
        assertThat(resourcesBy(actor)).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String actor = actor();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "rolled back");
            throw new IllegalArgumentException("a refused change");
        })).hasMessage("a refused change");
        assertThat(resourcesBy(actor)).isEmpty();
    }

    /**
     * A write made in the commit after the held ones went (a flush that runs later in it: Hibernate's, when its
     * synchronization runs after this one) is sent at once rather than held for a round trip that will not come.
     */
    @Test
    void aWriteMadeInTheCommitAfterTheHeldOnesWentIsSentAtOnce() {
        String actor = actor();
        QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "held");
            transactions.registerInterposedSynchronization(new Synchronization() { // runs after the held writes' own
                @Override
                public void beforeCompletion() {
                    writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "late");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        });
        assertThat(resourcesBy(actor)).containsExactlyInAnyOrder("held", "late");
    }

    /** Seen from another connection before the transaction ends: the commit went with them, not after. */
    @Test
    void aStatementSentWithTheCommitCommitsItselfAndTheHeldWritesAtOnce() {
        String actor = actor();
        QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "held");
            int updated = writes.sendWithAndCommit("update audit_entry set resource_id = resource_id || ' (seen)' where actor = ?", actor);
            assertThat(updated).as("the statement's own count, not the commit's").isEqualTo(1);
            assertThat(QuarkusTransaction.suspendingExisting().call(() -> resourcesBy(actor)))
                    .as("committed, while the transaction has not ended").containsExactly("held (seen)");
        });
        assertThat(resourcesBy(actor)).containsExactly("held (seen)");
    }

    @Test
    void aStatementThatFailsBeforeTheCommitRollsEverythingBack() {
        String actor = actor();
        UUID taken = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.add(ENTRY, taken, Instant.now(), actor, "the first with this id");
            writes.sendWithAndCommit(ENTRY, taken, Instant.now(), actor, "the same id again");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(resourcesBy(actor)).isEmpty();
    }

    @Test
    void aWriteHeldAfterTheCommitIsRefused() {
        String actor = actor();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.sendWithAndCommit(ENTRY, UUID.randomUUID(), Instant.now(), actor, "committed");
            writes.add(ENTRY, UUID.randomUUID(), Instant.now(), actor, "too late");
        })).hasMessageContaining("after its transaction committed");
        assertThat(resourcesBy(actor)).containsExactly("committed");
    }

    /** A statement sent past the held writes (as a flush at commit would) is not committed apart from the change. */
    @Test
    void aStatementSentAfterTheCommitIsRolledBackAndFailsTheCommit() {
        String actor = actor();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.sendWithAndCommit(ENTRY, UUID.randomUUID(), Instant.now(), actor, "committed");
            try (Connection c = dataSource.getConnection(); PreparedStatement late = c.prepareStatement(ENTRY)) {
                late.setObject(1, UUID.randomUUID());
                late.setObject(2, OffsetDateTime.now());
                late.setString(3, actor);
                late.setString(4, "sent past the commit");
                late.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })).isNotNull();
        assertThat(resourcesBy(actor)).containsExactly("committed");
    }

    private static String actor() {
        return "deferred-" + UUID.randomUUID();
    }

    private List<String> resourcesBy(String actor) {
        // a connection of its own: sees what has committed only
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("select resource_id from audit_entry where actor = ?")) {
            read.setString(1, actor);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
