package io.mayorsdialogue.api.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint that DatabaseConstraints words a message for exists in the migrated schema, and every foreign key
 * that can refuse a delete has a message: a renamed constraint or a new reference cannot silently fall back to
 * the generic conflict.
 */
@QuarkusTest
class DatabaseConstraintsTest {

    @Inject
    EntityManager em;

    @Test
    void everyNamedConstraintExistsInTheSchema() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select conname from pg_constraint where connamespace = 'public'::regnamespace
                union select indexname from pg_indexes where schemaname = 'public'""").getResultList();
        Set<String> named = new HashSet<>(DatabaseConstraints.STILL_REFERENCED.keySet());
        named.addAll(DatabaseConstraints.DUPLICATES.keySet());
        assertThat(names).containsAll(named);
    }

    @Test
    void everyForeignKeyThatCanRefuseADeleteHasAMessage() {
        @SuppressWarnings("unchecked")
        List<String> restricting = em.createNativeQuery("""
                select conname from pg_constraint
                where connamespace = 'public'::regnamespace and contype = 'f' and confdeltype in ('a', 'r')""").getResultList();
        // a registration's partner is never deleted (keys are revoked, not removed)
        assertThat(DatabaseConstraints.STILL_REFERENCED.keySet())
                .containsAll(restricting.stream().filter(n -> !n.equals("registration_partner_id_fkey")).toList());
    }
}
