package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.paging.Subquery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
public class EventTopicRepository implements PanacheRepositoryBase<EventTopic, EventTopic.Key> {

    List<UUID> topicIds(UUID eventId) {
        return find("select l.topicId from EventTopic l where l.eventId = ?1 order by l.topicId", eventId).project(UUID.class).list();
    }

    /** The topic ids on one event's agenda, for the topic feature's list (parameter {@code agendaEventId}). */
    static Subquery topicIdsOf(UUID eventId) {
        return new Subquery("select l.topicId from EventTopic l where l.eventId = :agendaEventId", Map.of("agendaEventId", eventId));
    }
}
