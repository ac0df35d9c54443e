package io.mayorsdialogue.api.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.deferred.InsertedWithoutSession;
import io.mayorsdialogue.api.event.ReadUnderLock;
import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import org.hibernate.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /*
     * The fixed status set as an HQL list of enum literals, part of the query text: bound as a collection parameter,
     * a set makes Hibernate translate the whole query again on every call (with Panache's derived counts, 12 % of a
     * registration POST's samples; bench/README.md).
     */
    private static final String ACTIVE = hqlList(Registration.ACTIVE);

    /** The contract's most delegates in one registration ({@code maxItems}), so that any delegation is one batch. */
    private static final int DELEGATES_PER_BATCH = 100;

    /** Registrations are listed in the order they arrived, which is also the waitlist's order. */
    static final SortOrder<Registration> BY_CREATED = SortOrder.by("createdAt", r -> r.createdAt.toString(), Cursor::instantKey);

    private final DeferredWrites writes;
    private final ObjectMapper json;
    private final Event<InsertedWithoutSession> inserted;

    RegistrationRepository(DeferredWrites writes, ObjectMapper json, Event<InsertedWithoutSession> inserted) {
        this.writes = writes;
        this.json = json;
        this.inserted = inserted;
    }

    /** Filters left null are not applied: {@code cityId} is a partner's own city, {@code citiesInCountry} from city. */
    record Filter(UUID eventId, UUID cityId, RegistrationStatus status, Subquery citiesInCountry) {
    }

    List<Registration> page(Filter f, PageRequest page) {
        return where(f).after(page.after(), BY_CREATED, "id").fetch(this, BY_CREATED.sort("id"), page);
    }

    /**
     * Writes a new registration and its members as held SQL (DeferredWrites), not through the session: they travel
     * with the transaction's next statement whose answer is needed (a keyed request's answer kept) or at its commit,
     * where persisting them cost two round trips of their own, one per table (bench/README.md). Nothing reads the row
     * back in the creating transaction, and the event's lock, held until the commit, keeps any other write from
     * needing it sooner. The registration is not managed by the session afterwards. Its version is the one
     * Hibernate gives a new row, 0; the members are stored in their list's order, as its {@code seq}.
     */
    void insert(Registration r) {
        writes.add("""
                insert into registration (id, event_id, city_id, partner_id, status, head_mayor_id, representative_name,
                                          representative_title, notes, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.id, r.eventId, r.cityId, r.partnerId, r.status.name(),
                r.headMayorId, r.representativeName, r.representativeTitle, r.notes, r.createdAt, r.updatedAt, r.version);
        if (!r.delegates.isEmpty()) {
            writes.add("""
                    insert into registration_delegate (registration_id, seq, full_name, role, email, languages)
                    select ?, d.seq - 1, d.full_name, d.role, d.email, d.languages
                    from rows from (jsonb_to_recordset(cast(? as jsonb))
                                    as ("fullName" text, role text, email text, languages varchar[]))
                         with ordinality as d(full_name, role, email, languages, seq)""", r.id, membersJson(r.delegates));
        }
        inserted.fire(new InsertedWithoutSession(r, r.id));
    }

    private String membersJson(List<Delegate> delegates) {
        try {
            return json.writeValueAsString(delegates.stream()
                    .map(d -> new MemberRow(d.fullName, d.role.name(), d.email, d.languages)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a delegation's members", e);
        }
    }

    /** A member as the insert reads it from JSON. */
    private record MemberRow(String fullName, String role, String email, List<String> languages) {
    }

    /**
     * Sends the pending writes with each statement's rows in one JDBC batch: a replaced delegation's members (up to
     * the contract's 100) reach PostgreSQL in one round trip instead of one each (QueryCountTest; bench/README.md). A
     * new registration's go with its held insert ({@link #insert}). Only for this flush: a session that batches also holds
     * back a version increment that Hibernate sends outside a flush (an event's new version when its topics change)
     * past the reads that follow it.
     */
    void flushInBatches() {
        Session session = getSession();
        Integer before = session.getJdbcBatchSize();
        session.setJdbcBatchSize(DELEGATES_PER_BATCH);
        try {
            flush();
        } finally {
            session.setJdbcBatchSize(before);
        }
    }

    /** Empties the persistence context between batches of a long read, so loaded rows can be collected. */
    void forget() {
        getEntityManager().clear();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("eventId = :eventId", "eventId", f.eventId())
                .and("cityId = :cityId", "cityId", f.cityId())
                .and("status = :status", "status", f.status())
                .in("cityId", f.citiesInCountry());
    }

    /** The event's delegations in these statuses, optionally only of some cities (null: all). */
    List<Registration> ofEvent(UUID eventId, Set<RegistrationStatus> statuses, Collection<UUID> cityIds) {
        Where where = new Where().and("eventId = :eventId", "eventId", eventId).and("status in :statuses", "statuses", statuses)
                .and("cityId in :cityIds", "cityIds", cityIds);
        return find(where.conditions(), BY_CREATED.sort("id"), where.params()).list();
    }

    /** Registrations by status, counted by the database. */
    List<KeyCount> countByStatus(UUID eventId) {
        return counts("select new io.mayorsdialogue.api.counts.KeyCount(cast(r.status as String), count(r)) from Registration r"
                + " where r.eventId = :eventId group by r.status", eventId);
    }

    /** Active registrations by city, counted by the database. */
    List<KeyCount> countActiveByCity(UUID eventId) {
        return counts("select new io.mayorsdialogue.api.counts.KeyCount(cast(r.cityId as String), count(r)) from Registration r"
                + " where r.eventId = :eventId and r.status in " + ACTIVE + " group by r.cityId", eventId);
    }

    /** Members of active delegations by city, counted by the database (heads are counted by countActiveByCity). */
    List<KeyCount> countActiveDelegatesByCity(UUID eventId) {
        return counts("select new io.mayorsdialogue.api.counts.KeyCount(cast(r.cityId as String), count(d)) from Registration r"
                + " join r.delegates d where r.eventId = :eventId and r.status in " + ACTIVE + " group by r.cityId", eventId);
    }

    /**
     * Languages spoken in active delegations, by their head mayors and their members, with how many speak each,
     * counted by the database, ignoring case (tags stored before they were kept in canonical case). The heads are who speaks at the sessions and meetings; a representative's languages are
     * not recorded.
     */
    List<KeyCount> countActiveDelegationLanguages(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<KeyCount> rows = getEntityManager().createNativeQuery("""
                select min(language) as key, count(*) as count
                from (select unnest(d.languages) as language
                      from registration r join registration_delegate d on d.registration_id = r.id
                      where r.event_id = :eventId and r.status in (:active)
                      union all
                      select unnest(m.languages)
                      from registration r join mayor m on m.id = r.head_mayor_id
                      where r.event_id = :eventId and r.status in (:active)) spoken
                group by lower(language) order by count(*) desc, min(language)""", Registration.KEY_COUNTS)
                .setParameter("eventId", eventId).setParameter("active", Registration.ACTIVE.stream().map(Enum::name).toList())
                .getResultList();
        return rows;
    }

    private List<KeyCount> counts(String hql, UUID eventId) {
        return getEntityManager().createQuery(hql, KeyCount.class).setParameter("eventId", eventId).getResultList();
    }

    /** The places the event's delegations hold: one row the database keeps, not a count of its registrations. */
    int placesHeld(UUID eventId) {
        return getEntityManager().createQuery("select p.held from PlacesHeld p where p.eventId = ?1", Integer.class)
                .setParameter(1, eventId).getResultStream().findFirst().orElse(0);
    }

    /** One of the registrations a city made for an event; cancelled and rejected ones count too. */
    record MadeByCity(UUID id, RegistrationStatus status) {
    }

    /** What a city's new registration is checked against: the registrations it made for the event, and the places held. */
    record CityStanding(List<MadeByCity> made, int placesHeld) {
    }

    /**
     * Every registration the city ever made for the event (a few rows, since the quota caps them), for the one-active
     * rule and the quota, and the places the event's delegations hold, for the capacity: one statement, read under the
     * event's lock and sent with it ({@code EventService.lockThen}; the lock and this read were two round trips). The
     * event's row anchors it, so the places come back when the city has made none; V13's (city_id, event_id) index
     * finds its registrations, with both as parameters (StandingPlanTest).
     */
    static final String STANDING = "select coalesce(p.held, 0), r.id, r.status from event e"
            + " left join event_places_held p on p.event_id = e.id left join registration r on r.event_id = ? and r.city_id = ?"
            + " where e.id = ?";

    ReadUnderLock<CityStanding> standing(UUID cityId) {
        return new ReadUnderLock<>() {
            @Override
            public String sql() {
                return STANDING;
            }

            @Override
            public Object[] parameters(UUID eventId) {
                return new Object[] {eventId, cityId, eventId};
            }

            @Override
            public CityStanding read(ResultSet rows) throws SQLException {
                int placesHeld = 0;
                List<MadeByCity> made = new ArrayList<>();
                while (rows.next()) {
                    placesHeld = rows.getInt(1);
                    UUID id = rows.getObject(2, UUID.class);
                    if (id != null) {
                        made.add(new MadeByCity(id, RegistrationStatus.valueOf(rows.getString(3))));
                    }
                }
                return new CityStanding(made, placesHeld);
            }
        };
    }

    Optional<Registration> oldestWaitlisted(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("createdAt").and("id"), eventId, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }

    private static String hqlList(Set<RegistrationStatus> statuses) {
        return statuses.stream().map(status -> RegistrationStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
