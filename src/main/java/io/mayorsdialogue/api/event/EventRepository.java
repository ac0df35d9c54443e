package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.EventStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public List<Event> page(EventStatus status, UUID hostCityId, PageRequest page) {
        Where where = new Where()
                .and("status = :status", "status", status)
                .and("hostCityId = :hostCityId", "hostCityId", hostCityId);
        where.after(page.after(), "startsAt", "id", Cursor::instantKey);
        return find(where.hql(), Sort.by("startsAt").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByHostCity(UUID cityId) {
        return count("hostCityId", cityId);
    }

    public boolean nameTakenByOther(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }
}
