package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.support.GenericPlans;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head mayor's index holds only delegations that name one (V22), so that a delegation led by a representative
 * writes no entry in it. Its one reader must still find it: the foreign-key check PostgreSQL makes when a mayor is
 * deleted, which without the index reads every registration. The statement is the one PostgreSQL's referential
 * integrity code prepares (ri_triggers.c, RI_PLAN_RESTRICT).
 */
@QuarkusTest
class RegistrationIndexesTest {

    static final String MAYOR_DELETED_CHECK =
            "select 1 from only public.registration x where ? operator(pg_catalog.=) head_mayor_id for key share of x";

    @Inject
    EntityManager em;

    @Test
    void aMayorsDeletionFindsTheDelegationsTheyLeadByThePartialIndex() {
        assertThat(GenericPlans.of(em, MAYOR_DELETED_CHECK, "enable_seqscan", "enable_bitmapscan"))
                .containsPattern("Index (Only )?Scan using registration_head_mayor_idx")
                .containsPattern("Index Cond: \\(head_mayor_id = \\$1\\)");
    }

    @Test
    void aDelegationLedByARepresentativeWritesNoEntryInTheHeadMayorsIndex() {
        Object predicate = em.createNativeQuery("select pg_get_expr(indpred, indrelid) from pg_index"
                + " where indexrelid = 'registration_head_mayor_idx'::regclass").getSingleResult();
        assertThat(predicate).isEqualTo("(head_mayor_id IS NOT NULL)");
    }
}
