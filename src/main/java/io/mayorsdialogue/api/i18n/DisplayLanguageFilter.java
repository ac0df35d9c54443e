package io.mayorsdialogue.api.i18n;

import io.mayorsdialogue.api.model.CityDto;
import io.mayorsdialogue.api.model.CityListDto;
import io.mayorsdialogue.api.model.CountryDto;
import io.mayorsdialogue.api.model.CountryListDto;
import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.model.TopicListDto;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import jakarta.ws.rs.HttpMethod;
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
        if (!(entity instanceof CityDto || entity instanceof CityListDto || entity instanceof CountryDto || entity instanceof CountryListDto
                || entity instanceof TopicDto || entity instanceof TopicListDto)) {
            return;
        }
        List<Locale.LanguageRange> wanted = Languages.wanted(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String shown = null;
        if (entity instanceof CityDto c) {
            shown = localise(c, wanted);
        } else if (entity instanceof CityListDto l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof CountryDto c) {
            shown = localise(c, wanted);
        } else if (entity instanceof CountryListDto l) {
            l.getItems().forEach(c -> localise(c, wanted));
        } else if (entity instanceof TopicDto t) {
            shown = localise(t, wanted);
        } else if (entity instanceof TopicListDto l) {
            l.getItems().forEach(t -> localise(t, wanted));
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        tagTheLanguage(request, response, shown);
    }

    /**
     * A single resource's answer in a display language is a representation of its own: its ETag names the language
     * ({@code "3-zh"}), and the 304 is decided here, where the language is known (the resources leave it to this
     * filter), so that a copy in one language never revalidates an answer in another.
     */
    private static void tagTheLanguage(ContainerRequestContext request, ContainerResponseContext response, String shown) {
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (!(etag instanceof String tag) || response.getStatus() != 200 && response.getStatus() != 201) {
            return;
        }
        String variant = shown == null ? tag : tag.substring(0, tag.length() - 1) + "-" + shown + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, variant);
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && response.getStatus() == 200 && ConditionalRequests.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), variant)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** Each returns the language tag of the name it showed; null for the canonical name. */
    private static String localise(CityDto c, List<Locale.LanguageRange> wanted) {
        String shown = Languages.shownTag(c.getNames(), wanted);
        c.setDisplayName(Languages.nameIn(c.getNames(), shown, c.getName()));
        return shown;
    }

    private static String localise(CountryDto c, List<Locale.LanguageRange> wanted) {
        String shown = Languages.shownTag(c.getNames(), wanted);
        c.setDisplayName(Languages.nameIn(c.getNames(), shown, c.getName()));
        return shown;
    }

    private static String localise(TopicDto t, List<Locale.LanguageRange> wanted) {
        String shown = Languages.shownTag(t.getTitles(), wanted);
        t.setDisplayTitle(Languages.nameIn(t.getTitles(), shown, t.getTitle()));
        return shown;
    }
}
