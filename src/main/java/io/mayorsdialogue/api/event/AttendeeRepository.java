package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<EventAttendee, EventAttendee.Key> {

    /** Registered delegations whose head mayor counts as attending. */
    private static final Set<RegistrationStatus> ATTENDING = EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN);

    /**
     * The mayors attending: recorded by the organiser, or heading a confirmed (or checked-in) delegation. A mayor
     * in both appears once.
     */
    public List<AttendeeRow> page(UUID eventId, String country, PageRequest page) {
        Where where = new Where().and("""
                (m.id in (select a.mayorId from EventAttendee a where a.eventId = :eventId)
                 or m.id in (select r.headMayorId from Registration r where r.eventId = :eventId and r.status in :attending))""",
                "eventId", eventId)
                .with("attending", ATTENDING)
                .and("c.countryCode = :country", "country", country);
        where.after(page.after(), "m.fullName", "m.id", Cursor::key);
        TypedQuery<AttendeeRow> query = getEntityManager().createQuery("""
                select new io.mayorsdialogue.api.event.AttendeeRow(m.id, m.fullName, m.title, c.id, c.name, c.countryCode, m.languages)
                from Mayor m join City c on c.id = m.cityId
                where %s
                order by m.fullName, m.id""".formatted(where.hql()), AttendeeRow.class);
        where.params().forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    public long countByMayor(UUID mayorId) {
        return count("mayorId", mayorId);
    }
}
