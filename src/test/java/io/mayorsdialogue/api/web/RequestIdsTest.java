package io.mayorsdialogue.api.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated request ids and the Vary header every answer gets (OperationsTest and CorsTest check them over HTTP). */
class RequestIdsTest {

    @Test
    void generatedIdsAreRandomVersionFourUuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.generated();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void varyNamesOriginOnceInOneHeader() {
        assertThat(RequestIds.varyByOrigin(List.of())).isEqualTo("Origin");
        assertThat(RequestIds.varyByOrigin(List.of("Accept"))).isEqualTo("Accept, Origin");
        assertThat(RequestIds.varyByOrigin(List.of("Origin"))).isEqualTo("Origin");
        assertThat(RequestIds.varyByOrigin(List.of("Accept", "Accept-Language"))).isEqualTo("Accept, Accept-Language, Origin");
        assertThat(RequestIds.varyByOrigin(List.of("Accept", "Origin, Access-Control-Request-Method")))
                .isEqualTo("Accept, Origin, Access-Control-Request-Method");
    }
}
