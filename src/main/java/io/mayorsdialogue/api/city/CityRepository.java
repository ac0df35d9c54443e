package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    static final SortOrder<City> BY_NAME = SortOrder.by("name", c -> c.name, Cursor::key);
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

    /** By id, in one statement planned once (see MayorRepository.byIds). */
    List<City> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : getSession().byMultipleIds(City.class).multiLoad(List.copyOf(ids)).stream()
                .filter(Objects::nonNull).toList();
    }

    boolean nameTakenInCountry(String name, String countryCode, UUID exceptId) {
        return count("lower(name) = lower(?1) and countryCode = ?2 and id <> ?3", name, countryCode, exceptId) > 0;
    }
}
