package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.EventStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public static final SortOrder<Event> BY_START = SortOrder.by("startsAt", "startsAt", e -> e.startsAt.toString(), Cursor::instantKey);
    public static final SortOrder<Event> BY_NAME = SortOrder.by("name", "name", e -> e.name, Cursor::key);

    public record Filter(EventStatus status, UUID hostCityId, String country, UUID topicId, Instant from, Instant to, String q) {
    }

    /** {@code from}/{@code to} select the events overlapping [from, to): still running at from, started before to. */
    public List<Event> page(Filter f, SortOrder<Event> order, PageRequest page) {
        Where where = new Where()
                .and("status = :status", "status", f.status())
                .and("hostCityId = :hostCityId", "hostCityId", f.hostCityId())
                .and("hostCityId in (select c.id from City c where c.countryCode = :country)", "country", f.country())
                .and("id in (select l.eventId from EventTopic l where l.topicId = :topicId)", "topicId", f.topicId())
                .and("endsAt > :from", "from", f.from())
                .and("startsAt < :to", "to", f.to())
                .matches(f.q(), "name", "description")
                .after(page.after(), order, "id");
        return find(where.hql(), order.sort("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByHostCity(UUID cityId) {
        return count("hostCityId", cityId);
    }

    public boolean nameTakenByOther(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }
}
