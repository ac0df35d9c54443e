package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.paging.Subquery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EventTopicRepository implements PanacheRepositoryBase<EventTopic, EventTopic.Key> {

    /**
     * Topic ids of several events in one query, so a page of events costs two queries whatever its size. Native SQL
     * on purpose: on the hottest read, Hibernate re-translated the HQL with its IN-list parameter on every call
     * (a third of its CPU time in the benchmark profile).
     */
    Map<UUID, List<UUID>> topicIdsOf(Collection<UUID> eventIds) {
        Map<UUID, List<UUID>> byEvent = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        List<UUID> ids = List.copyOf(eventIds);
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Query query = getEntityManager().createNativeQuery(
                "select event_id, topic_id from event_topic where event_id in (" + placeholders + ") order by topic_id",
                EventTopic.ROWS);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<EventTopicRow> rows = query.getResultList();
        rows.forEach(row -> byEvent.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(row.topicId()));
        return byEvent;
    }

    /** The topic ids on one event's agenda, for the topic feature's list (parameter {@code agendaEventId}). */
    static Subquery topicIdsOf(UUID eventId) {
        return new Subquery("select l.topicId from EventTopic l where l.eventId = :agendaEventId", Map.of("agendaEventId", eventId));
    }

    void deleteByEvent(UUID eventId) {
        delete("eventId", eventId);
    }
}
