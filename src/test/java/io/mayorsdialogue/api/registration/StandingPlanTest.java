package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.support.GenericPlans;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registration POST reads the city's registrations for the event (the one-active rule, the quota) under the
 * event's lock; on an index of the city alone that read each of the city's registrations for every event from the
 * table (V13). The statement is sent by JDBC with the lock, so its plan is read from its text.
 */
@QuarkusTest
class StandingPlanTest {

    @Inject
    EntityManager em;

    @Test
    void aCitysRegistrationsForAnEventAreFoundByTheirIndex() {
        // on a few rows an index of the event alone, filtered by city, may cost the same: it is not the question
        assertThat(GenericPlans.without(em, RegistrationRepository.STANDING, List.of("registration_event_created_at_id_idx",
                "registration_event_status_created_at_id_idx"), "enable_seqscan", "enable_bitmapscan"))
                .contains("Index Scan using registration_city_event_idx")
                .containsPattern("Index Cond: \\(\\(city_id = \\$\\d+\\) AND \\(event_id = \\$\\d+\\)\\)");
    }
}
