package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    static final SortOrder<Event> BY_START = SortOrder.by("startsAt", e -> e.startsAt.toString(), Cursor::instantKey);
    static final SortOrder<Event> BY_NAME = SortOrder.by("name", e -> e.name, Cursor::key);

    /** Filters left null are not applied; {@code hostCitiesInCountry} comes from the city feature. */
    record Filter(EventStatus status, UUID hostCityId, boolean publicOnly, Subquery hostCitiesInCountry, UUID topicId,
            Instant from, Instant to, String q) {
    }

    /** {@code from}/{@code to} select the events overlapping [from, to): still running at from, started before to. */
    List<Event> page(Filter f, SortOrder<Event> order, PageRequest page) {
        return new Where()
                .and("status = :status", "status", f.status())
                .and("status <> :draft", "draft", f.publicOnly() ? EventStatus.DRAFT : null)
                .and("hostCityId = :hostCityId", "hostCityId", f.hostCityId())
                .in("hostCityId", f.hostCitiesInCountry())
                .and("id in (select l.eventId from EventTopic l where l.topicId = :topicId)", "topicId", f.topicId())
                .and("endsAt > :from", "from", f.from())
                .and("startsAt < :to", "to", f.to())
                .matches(f.q(), "nameFolded", "descriptionFolded")
                .after(page.after(), order, "id")
                .fetch(this, order.sort("id"), page);
    }

    boolean nameTakenByOther(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }
}
