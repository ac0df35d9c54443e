package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, UUID> {

    public static final SortOrder<Topic> BY_TITLE = SortOrder.by("title", "title", t -> t.title, Cursor::key);

    public List<Topic> page(String q, SortOrder<Topic> order, PageRequest page) {
        Where where = new Where().matches(q, "title", "description").after(page.after(), order, "id");
        return find(where.hql(), order.sort("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    /** The topics of an event, in the same order and keyset as {@link #page}. */
    public List<Topic> pageOfEvent(UUID eventId, PageRequest page) {
        Where where = new Where().and("id in (select l.topicId from EventTopic l where l.eventId = :eventId)", "eventId", eventId);
        where.after(page.after(), "title", "id", Cursor::key);
        return find(where.hql(), Sort.by("title").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public List<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select t.id from Topic t where t.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList();
    }

    public boolean titleTakenByOther(String title, UUID exceptId) {
        return count("lower(title) = lower(?1) and id <> ?2", title, exceptId) > 0;
    }
}
