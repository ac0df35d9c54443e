package io.mayorsdialogue.api.mayor;

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
import java.util.Objects;
import java.util.UUID;

@Singleton
public class MayorRepository implements PanacheRepositoryBase<Mayor, UUID> {

    static final SortOrder<MayorRow> BY_FULL_NAME = SortOrder.by("fullName", MayorRow::fullName, Cursor::key)
            .readingKeysBackBy("select x.fullName from Mayor x where x.id = :afterId");

    /**
     * Mayors as a page shows them, without managed entities: a page of the name search built 21 entities, with their
     * snapshots for dirty checking, only to map them to the API (bench/README.md has the A/B).
     */
    private static final String ROWS = "select new io.mayorsdialogue.api.mayor.MayorRow(m.id, m.fullName, m.title,"
            + " m.cityId, m.termStart, m.termEnd, m.languages) from Mayor m";

    /** The same from the pieces of the names (MayorNameGram), for the name search. */
    private static final String GRAM_ROWS = "select new io.mayorsdialogue.api.mayor.MayorRow(g.mayorId, g.fullName,"
            + " g.title, g.cityId, g.termStart, g.termEnd, g.languages) from MayorNameGram g";

    /** Filters left null are not applied. */
    record Filter(UUID cityId, Subquery citiesInCountry, String q) {
    }

    List<MayorRow> page(Filter f, SortOrder<MayorRow> order, PageRequest page) {
        if (f.q() != null && !f.q().isBlank() && f.cityId() == null && f.citiesInCountry() == null) {
            // free text alone: the page is a walk of the names that contain the text's first three characters (V16),
            // read from the walk's index, which carries the page's columns (V19)
            return new Where()
                    .and("gram = function('mayors_search_gram', :q, 3)", "q", f.q().strip())
                    .matches(f.q(), "fullNameFolded")
                    .after(page.after(), order, "mayorId")
                    .fetch(getEntityManager(), GRAM_ROWS, MayorRow.class, order, "mayorId", page);
        }
        return new Where()
                .and("cityId = :cityId", "cityId", f.cityId())
                .in("cityId", f.citiesInCountry())
                .matches(f.q(), "fullNameFolded")
                .after(page.after(), order, "id")
                .fetch(getEntityManager(), ROWS, MayorRow.class, order, "id", page);
    }

    /** Which of {@code ids} the subquery selects. */
    List<UUID> idsAmong(Collection<UUID> ids, Subquery within) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = new Where().and("m.id in :among", "among", ids).in("m.id", within);
        var query = getEntityManager().createQuery("select m.id from Mayor m where " + where.conditions(), UUID.class);
        where.params().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The ids of the mayors of the cities {@code cities} selects (null: no filter, null returned). */
    static Subquery idsIn(Subquery cities) {
        return cities == null ? null : new Subquery("select mk.id from Mayor mk where mk.cityId in (" + cities.query() + ")", cities.params());
    }

    /** The ids of one city's mayors, for other features' filters (parameter {@code mayorsCity}). */
    static Subquery idsInCity(UUID cityId) {
        return new Subquery("select mc.id from Mayor mc where mc.cityId = :mayorsCity", Map.of("mayorsCity", cityId));
    }

    /**
     * By id, in one statement with the ids as one array parameter ({@code id = any(?)}), planned once: an HQL
     * {@code in} list is translated again for every call, which cost a sixth of an attendee page (bench/README.md).
     */
    List<Mayor> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : getSession().byMultipleIds(Mayor.class).multiLoad(List.copyOf(ids)).stream()
                .filter(Objects::nonNull).toList();
    }
}
