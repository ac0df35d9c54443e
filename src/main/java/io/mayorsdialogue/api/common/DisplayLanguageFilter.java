package io.mayorsdialogue.api.common;

import io.mayorsdialogue.api.model.City;
import io.mayorsdialogue.api.model.CityList;
import io.mayorsdialogue.api.model.Country;
import io.mayorsdialogue.api.model.CountryList;
import io.mayorsdialogue.api.model.Topic;
import io.mayorsdialogue.api.model.TopicList;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Locale;

/**
 * Fills the display name of cities, countries and topics in the reader's language. Done once here, on the way
 * out, so services and the stored data stay language-neutral; {@code Vary} tells caches the answer depends on it.
 */
public class DisplayLanguageFilter {

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (!(entity instanceof City || entity instanceof CityList || entity instanceof Country || entity instanceof CountryList
                || entity instanceof Topic || entity instanceof TopicList)) {
            return;
        }
        List<Locale.LanguageRange> wanted = Languages.wanted(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (entity instanceof City c) {
            localise(c, wanted);
        } else if (entity instanceof CityList l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof Country c) {
            localise(c, wanted);
        } else if (entity instanceof CountryList l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof Topic t) {
            localise(t, wanted);
        } else if (entity instanceof TopicList l) {
            l.getItems().forEach(t -> localise(t, wanted));
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static void localise(City c, List<Locale.LanguageRange> wanted) {
        c.setDisplayName(Languages.pick(c.getNames(), c.getName(), wanted));
    }

    private static void localise(Country c, List<Locale.LanguageRange> wanted) {
        c.setDisplayName(Languages.pick(c.getNames(), c.getName(), wanted));
    }

    private static void localise(Topic t, List<Locale.LanguageRange> wanted) {
        t.setDisplayTitle(Languages.pick(t.getTitles(), t.getTitle(), wanted));
    }
}
