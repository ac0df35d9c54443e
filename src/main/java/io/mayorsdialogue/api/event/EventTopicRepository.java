package io.mayorsdialogue.api.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EventTopicRepository implements PanacheRepositoryBase<EventTopic, EventTopic.Key> {

    /** Topic ids of several events in one query, so a page of events costs two queries whatever its size. */
    public Map<UUID, List<UUID>> topicIdsOf(Collection<UUID> eventIds) {
        Map<UUID, List<UUID>> byEvent = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        getEntityManager()
                .createQuery("select l.eventId, l.topicId from EventTopic l where l.eventId in :ids order by l.topicId", Object[].class)
                .setParameter("ids", eventIds)
                .getResultList()
                .forEach(row -> byEvent.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]));
        return byEvent;
    }

    public long countByTopic(UUID topicId) {
        return count("topicId", topicId);
    }

    public void deleteByEvent(UUID eventId) {
        delete("eventId", eventId);
    }
}
