package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Native SQL where HQL has no words for it (a window function over the city's links), built with
 * the same {@link Where} as every other list and read into records through CityLink's result mappings.
 */
@Singleton
public class CityLinkRepository implements PanacheRepositoryBase<CityLink, UUID> {

    static final SortOrder<LinkRow> BY_ESTABLISHED = SortOrder.on("establishedOn", "m.established_on",
            r -> r.establishedOn().toString(), c -> Date.valueOf(c.dateKey()));

    /**
     * The city's links. Ordinals number all of a city's links by (established_on, id), so they are computed before
     * any filter; the partner's ordinal is the same count on the partner's side (index-backed).
     */
    private static final String LINKS = """
            with mine as (
                select l.id, case when l.city_a = :city then l.city_b else l.city_a end as partner,
                       l.kind, l.established_on, l.note,
                       row_number() over (order by l.established_on, l.id) as ordinal
                from city_link l where l.city_a = :city or l.city_b = :city)
            select m.id, m.partner, p.name, p.country_code, p.latitude, p.longitude, m.kind, m.established_on, m.note,
                   m.ordinal,
                   (select count(*) from city_link x
                    where (x.city_a = m.partner or x.city_b = m.partner)
                      and (x.established_on, x.id) <= (m.established_on, m.id)) as partner_ordinal
            from mine m join city p on p.id = m.partner
            """;

    /** {@code partner} narrows to one link; ordinals are still counted over all of the city's links. */
    public record Filter(LinkKind kind, String country, LocalDate after, LocalDate before, UUID partner) {

        public Filter(LinkKind kind, String country, LocalDate after, LocalDate before) {
            this(kind, country, after, before, null);
        }
    }

    /** {@code limit} null: every link (for the map). */
    List<LinkRow> links(UUID city, Filter filter, Cursor after, Integer limit) {
        Where where = new Where()
                .and("m.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .and("m.partner = :partner", "partner", filter.partner())
                .and("p.country_code = :country", "country", filter.country())
                .and("m.established_on >= :establishedAfter", "establishedAfter", filter.after() == null ? null : Date.valueOf(filter.after()))
                .and("m.established_on <= :establishedBefore", "establishedBefore", filter.before() == null ? null : Date.valueOf(filter.before()))
                .after(after, BY_ESTABLISHED, "m.id");
        Query query = getEntityManager().createNativeQuery(
                LINKS + " where " + where.conditions() + " order by " + BY_ESTABLISHED.orderBy("m.id"), CityLink.LINK_ROWS);
        query.setParameter("city", city);
        where.params().forEach(query::setParameter);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<LinkRow> rows = query.getResultList();
        return rows;
    }

    Optional<LinkRow> link(UUID city, UUID partner) {
        return links(city, new Filter(null, null, null, null, partner), null, 1).stream().findFirst();
    }

    Optional<CityLink> pair(UUID x, UUID y) {
        UUID[] pair = CityLink.ordered(x, y);
        return find("cityA = ?1 and cityB = ?2", pair[0], pair[1]).firstResultOptional();
    }

    /** Each of {@code cities}' linked cities: one step of the network walk, read from both sides of each link. */
    Map<UUID, List<UUID>> neighbours(Collection<UUID> cities) {
        Map<UUID, List<UUID>> neighbours = new HashMap<>();
        for (LinkEnds link : find("cityA in ?1 or cityB in ?1", cities).project(LinkEnds.class).list()) {
            if (cities.contains(link.cityA())) {
                neighbours.computeIfAbsent(link.cityA(), c -> new ArrayList<>()).add(link.cityB());
            }
            if (cities.contains(link.cityB())) {
                neighbours.computeIfAbsent(link.cityB(), c -> new ArrayList<>()).add(link.cityA());
            }
        }
        return neighbours;
    }

    /** The two cities of a link, without the rest of the row. */
    record LinkEnds(UUID cityA, UUID cityB) {
    }
}
