package io.mayorsdialogue.api.i18n;

import io.mayorsdialogue.api.model.CityDto;
import io.mayorsdialogue.api.model.CityListDto;
import io.mayorsdialogue.api.model.CountryDto;
import io.mayorsdialogue.api.model.CountryListDto;
import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.model.TopicListDto;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills the display name of cities, countries and topics in the reader's language. Done once here, on the way
 * out, so services and the stored data stay language-neutral; {@code Vary} tells caches the answer depends on it.
 */
public class DisplayLanguageFilter {

    /** The reads whose answer this filter localises; a 304 to one of them has no body but varies as its 200 does. */
    private static final Set<String> LOCALISED_READS = Set.of("getCity", "listCities", "getCountry", "listCountries", "getTopic",
            "listTopics");

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        Object entity = response.getEntity();
        if (response.getStatus() == 304 && resource != null && LOCALISED_READS.contains(resource.getMethodName())) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE); // RFC 9110: a 304 carries the 200's Vary
            return;
        }
        if (!(entity instanceof CityDto || entity instanceof CityListDto || entity instanceof CountryDto || entity instanceof CountryListDto
                || entity instanceof TopicDto || entity instanceof TopicListDto)) {
            return;
        }
        List<Locale.LanguageRange> wanted = Languages.wanted(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (entity instanceof CityDto c) {
            localise(c, wanted);
        } else if (entity instanceof CityListDto l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof CountryDto c) {
            localise(c, wanted);
        } else if (entity instanceof CountryListDto l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof TopicDto t) {
            localise(t, wanted);
        } else if (entity instanceof TopicListDto l) {
            l.getItems().forEach(t -> localise(t, wanted));
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static void localise(CityDto c, List<Locale.LanguageRange> wanted) {
        c.setDisplayName(Languages.pick(c.getNames(), c.getName(), wanted));
    }

    private static void localise(CountryDto c, List<Locale.LanguageRange> wanted) {
        c.setDisplayName(Languages.pick(c.getNames(), c.getName(), wanted));
    }

    private static void localise(TopicDto t, List<Locale.LanguageRange> wanted) {
        t.setDisplayTitle(Languages.pick(t.getTitles(), t.getTitle(), wanted));
    }
}
