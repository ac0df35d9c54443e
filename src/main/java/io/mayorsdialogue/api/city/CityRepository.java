package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    static final SortOrder<City> BY_NAME = SortOrder.<City>by("name", c -> c.name, Cursor::key)
            .readingKeysBackBy("select x.name from City x where x.id = :afterId");
    static final SortOrder<City> BY_COUNTRY = SortOrder.by("countryCode", c -> c.countryCode, Cursor::key);

    List<City> page(String country, AdminLevel adminLevel, String q, SortOrder<City> order, PageRequest page) {
        return new Where()
                .and("countryCode = :country", "country", country)
                .and("adminLevel = :adminLevel", "adminLevel", adminLevel)
                .matches(q, "nameFolded", "localNameFolded")
                .after(page.after(), order, "id")
                .fetch(this, order.sort("id"), page);
    }

    /** The ids of the cities in a country, for other features' {@code country=} filters (parameter {@code cityCountry}). */
    static Subquery idsInCountry(String countryCode) {
        return countryCode == null ? null
                : new Subquery("select c.id from City c where c.countryCode = :cityCountry", Map.of("cityCountry", countryCode));
    }

    /**
     * Id, name and country of each, as a projection: no entity, so the JSON names are neither parsed nor copied for
     * dirty checking (a fifth of an attendee page's CPU when these were entities). One array parameter, so the
     * statement is translated once.
     */
    List<CitySummary> summaries(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : find("function('mayors_has_element', :ids, id) = true", Map.of("ids", ids.toArray(UUID[]::new)))
                .project(CitySummary.class).list();
    }

    boolean nameTakenInCountry(String name, String countryCode, UUID exceptId) {
        return count("function('mayors_case_fold' as String, name) = function('mayors_case_fold' as String, ?1) and countryCode = ?2 and id <> ?3", name, countryCode, exceptId) > 0;
    }
}
