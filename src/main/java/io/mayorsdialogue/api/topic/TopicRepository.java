package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
public class TopicRepository implements PanacheRepositoryBase<Topic, UUID> {

    static final SortOrder<Topic> BY_TITLE = SortOrder.<Topic>by("title", t -> t.title, Cursor::key)
            .readingKeysBackBy("select x.title from Topic x where x.id = :afterId");

    /** {@code ids} null: every topic; else those another feature selects (an event's agenda). */
    List<Topic> page(String q, Subquery ids, SortOrder<Topic> order, PageRequest page) {
        return new Where().in("id", ids).matches(q, "titleFolded", "descriptionFolded").after(page.after(), order, "id")
                .fetch(this, order.sort("id"), page);
    }

    List<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("select t.id from Topic t where t.id in ?1", ids).project(UUID.class).list();
    }

    boolean titleTakenByOther(String title, UUID exceptId) {
        return count("function('mayors_case_fold' as String, title) = function('mayors_case_fold' as String, ?1) and id <> ?2", title, exceptId) > 0;
    }
}
