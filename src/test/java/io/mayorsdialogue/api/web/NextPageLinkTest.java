package io.mayorsdialogue.api.web;

import org.jboss.resteasy.reactive.common.jaxrs.UriBuilderImpl;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next page's link is built by hand (Responses.nextPage); it must be the link that UriBuilder.replaceQueryParam
 * built from the request's URI before, for every shape of request a list is called with.
 */
class NextPageLinkTest {

    private static final String CURSOR = "eyJrIjpbIjIwMzAtMDEtMDEiXX0";

    @Test
    void theLinkIsTheOneUriBuilderMakes() {
        List<String> requests = List.of(
                "http://localhost:8080/api/v1/events",
                "http://localhost:8080/api/v1/events?status=OPEN&limit=20",
                "http://localhost:8080/api/v1/events?cursor=abc&limit=20",                  // the old cursor goes
                "http://localhost:8080/api/v1/events?limit=20&cursor=abc&q=sea",
                "http://localhost:8080/api/v1/events?limit=20&cursor",                      // a cursor without a value too
                "http://localhost:8080/api/v1/events?cursor=a&cursor=b&limit=2",
                "http://localhost:8080/api/v1/events?cursorx=1&xcursor=2",                  // other names stay
                "http://localhost:8080/api/v1/mayors?q=S%C3%A3o%20Paulo&limit=5",          // as the client encoded them
                "http://localhost:8080/api/v1/mayors?q=a+b&flag&limit=5",
                "https://mayors.example.org/api/v1/cities?country=CN&sort=-name",
                "http://[::1]:8081/api/v1/topics?limit=1",
                "http://localhost:8080/api/v1/./events/../events?limit=3");               // normalized, as UriInfo does
        for (String request : requests) {
            String before = new UriBuilderImpl().uri(URI.create(request).normalize()).replaceQueryParam("cursor", CURSOR)
                    .build().toString();
            assertThat(Responses.nextPage(request, CURSOR)).as(request).isEqualTo(before);
        }
    }

    @Test
    void emptyParametersAreLeftOut() {
        assertThat(Responses.nextPage("http://localhost/api/v1/events?", CURSOR))
                .isEqualTo("http://localhost/api/v1/events?cursor=" + CURSOR);
        assertThat(Responses.nextPage("http://localhost/api/v1/events?limit=2&&q=x&", CURSOR))
                .isEqualTo("http://localhost/api/v1/events?limit=2&q=x&cursor=" + CURSOR);
    }
}
