package io.mayorsdialogue.api.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which organiser keys production accepts, and rotation through a comma-separated list. */
class OrganiserKeysTest {

    private static final String STRONG = "Qm9hcmQgb2YgdGhlIGR1YWwgY2l0aWVzIDIwMjY=";

    @Test
    void severalKeysMayBeGivenForRotation() {
        assertThat(OrganiserKeys.parse(Optional.of(" " + STRONG + " , second-" + STRONG + ",, "))).containsExactly(STRONG, "second-" + STRONG);
        assertThat(OrganiserKeys.parse(Optional.empty())).isEmpty();
    }

    @Test
    void missingShortOrPlaceholderKeysAreRefused() {
        assertThat(OrganiserKeys.weakness(List.of())).hasValueSatisfying(m -> assertThat(m).contains("set MAYORS_ORGANISER_KEY"));
        assertThat(OrganiserKeys.weakness(List.of(STRONG, "short"))).hasValueSatisfying(m -> assertThat(m).contains("5 characters"));
        assertThat(OrganiserKeys.weakness(List.of("change-me-to-32-random-characters"))).hasValueSatisfying(m -> assertThat(m).contains("placeholder"));
        assertThat(OrganiserKeys.weakness(List.of(STRONG, "another-" + STRONG))).isEmpty();
    }
}
