package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<EventAttendee, EventAttendee.Key> {

    public List<AttendeeRow> page(UUID eventId, PageRequest page) {
        Where where = new Where().and("a.eventId = :eventId", "eventId", eventId);
        where.after(page.after(), "m.fullName", "m.id", Cursor::key);
        TypedQuery<AttendeeRow> query = getEntityManager().createQuery("""
                select new io.mayorsdialogue.api.event.AttendeeRow(m.id, m.fullName, m.title, c.id, c.name, c.countryCode, m.languages)
                from EventAttendee a join Mayor m on m.id = a.mayorId join City c on c.id = m.cityId
                where %s
                order by m.fullName, m.id""".formatted(where.hql()), AttendeeRow.class);
        where.params().forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    public long countByMayor(UUID mayorId) {
        return count("mayorId", mayorId);
    }
}
