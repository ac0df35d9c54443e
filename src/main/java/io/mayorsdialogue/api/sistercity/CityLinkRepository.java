package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.model.LinkKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CityLinkRepository implements PanacheRepositoryBase<CityLink, UUID> {

    /**
     * The city's links in ordinal order. Ordinals number all of a city's links by (established_on, id), so they are
     * computed before any filter; the partner's ordinal is the same count on the partner's side (index-backed).
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
            where %s
            order by m.established_on, m.id
            """;

    /** {@code partner} narrows to one link; ordinals are still counted over all of the city's links. */
    public record Filter(LinkKind kind, String country, LocalDate after, LocalDate before, UUID partner) {

        public Filter(LinkKind kind, String country, LocalDate after, LocalDate before) {
            this(kind, country, after, before, null);
        }
    }

    /** {@code limit} null: every link (for the map). */
    public List<LinkRow> links(UUID city, Filter filter, Cursor after, Integer limit) {
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("city", city);
        if (filter.kind() != null) {
            where.add("m.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.partner() != null) {
            where.add("m.partner = :partner");
            params.put("partner", filter.partner());
        }
        if (filter.country() != null) {
            where.add("p.country_code = :country");
            params.put("country", filter.country());
        }
        if (filter.after() != null) {
            where.add("m.established_on >= :establishedAfter");
            params.put("establishedAfter", Date.valueOf(filter.after()));
        }
        if (filter.before() != null) {
            where.add("m.established_on <= :establishedBefore");
            params.put("establishedBefore", Date.valueOf(filter.before()));
        }
        if (after != null) {
            where.add("(m.established_on, m.id) > (:afterKey, :afterId)");
            params.put("afterKey", Date.valueOf(after.dateKey()));
            params.put("afterId", after.uuid());
        }
        Query query = getEntityManager().createNativeQuery(LINKS.formatted(String.join(" and ", where)));
        params.forEach(query::setParameter);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CityLinkRepository::row).toList();
    }

    public Optional<LinkRow> link(UUID city, UUID partner) {
        return links(city, new Filter(null, null, null, null, partner), null, 1).stream().findFirst();
    }

    public Optional<CityLink> pair(UUID x, UUID y) {
        UUID[] pair = CityLink.ordered(x, y);
        return find("cityA = ?1 and cityB = ?2", pair[0], pair[1]).firstResultOptional();
    }

    public record NodeRow(UUID city, String name, String country, int distance, List<UUID> path) {
    }

    /**
     * Cities within {@code depth} links of {@code root}, each at its shortest distance with one shortest path
     * (walks never revisit a city). {@code limit} rows at most, nearest first.
     */
    public List<NodeRow> network(UUID root, int depth, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with recursive walk(city, distance, path) as (
                    select cast(:root as uuid), 0, array[cast(:root as uuid)]
                  union all
                    select n.next, w.distance + 1, w.path || n.next
                    from walk w
                    cross join lateral (
                        select case when l.city_a = w.city then l.city_b else l.city_a end as next
                        from city_link l where l.city_a = w.city or l.city_b = w.city) n
                    where w.distance < :depth and not n.next = any (w.path))
                select * from (
                    select distinct on (w.city) w.city, c.name, c.country_code, w.distance, cast(w.path as text)
                    from walk w join city c on c.id = w.city
                    where w.distance > 0
                    order by w.city, w.distance, cast(w.path as text)) nearest
                order by distance, name, city
                """)
                .setParameter("root", root).setParameter("depth", depth).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new NodeRow((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                parsePath((String) r[4]))).toList();
    }

    /** PostgreSQL's text form of a uuid[]: {a,b,c}. */
    private static List<UUID> parsePath(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(UUID::fromString).toList();
    }

    public long countByCity(UUID city) {
        return count("cityA = ?1 or cityB = ?1", city);
    }

    private static LinkRow row(Object[] r) {
        return new LinkRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], toDouble(r[4]), toDouble(r[5]),
                LinkKind.fromValue((String) r[6]), toDate(r[7]), (String) r[8], ((Number) r[9]).intValue(),
                ((Number) r[10]).intValue());
    }

    private static Double toDouble(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
