package io.mayorsdialogue.api.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator must use the service's resolver, not Quarkus's Hibernate ORM-aware one, which asks the persistence
 * layer about every property of every request body. Request bodies keep being validated in depth: the registration
 * and meeting tests check their nested fields' violations.
 */
@QuarkusTest
class TransportModelsReachableTest {

    @Inject
    ValidatorFactory validators;

    @Test
    void theValidatorAsksNoOneWhetherAPropertyIsLoaded() {
        assertThat(validators.getTraversableResolver()).isInstanceOf(TransportModelsReachable.class);
    }
}
