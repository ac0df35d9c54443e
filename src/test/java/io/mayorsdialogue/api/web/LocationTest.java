package io.mayorsdialogue.api.web;

import org.jboss.resteasy.reactive.common.jaxrs.UriBuilderImpl;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A created resource's Location is built by hand (Responses.location); it must be the one that
 * UriInfo.getAbsolutePathBuilder().path(id) built before: the request's URI without its query, normalized, and the id
 * as one more segment.
 */
class LocationTest {

    @Test
    void theLocationIsTheOneUriBuilderMakes() {
        List<String> requests = List.of(
                "http://localhost:8080/api/v1/events/0b6f7f5e-8a43-4c57-9f0c-0a6a3c2e0d11/registrations",
                "http://localhost:8080/api/v1/countries",
                "http://localhost:8080/api/v1/countries/",                                  // no second slash
                "http://localhost:8080/api/v1/cities?lang=zh",                             // the query goes
                "http://localhost:8080/api/v1/./events/../events",                         // normalized, as UriInfo does
                "https://mayors.example.org/api/v1/partners",
                "http://[::1]:8081/api/v1/topics");
        List<String> ids = List.of("5d1c2f7a-3b52-4a0e-8f55-6e2b7d0c9a41", "MT", "a b");
        for (String request : requests) {
            for (String id : ids) {
                String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
                String before = new UriBuilderImpl().uri(URI.create(path).normalize()).path(id).build().toString();
                assertThat(Responses.location(request, id)).as(request + " + " + id).isEqualTo(before);
            }
        }
    }
}
