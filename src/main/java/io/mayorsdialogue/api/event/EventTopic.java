package io.mayorsdialogue.api.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A dialogue topic on an event's agenda. */
@Entity
@Table(name = "event_topic")
@IdClass(EventTopic.Key.class)
public class EventTopic {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "topic_id")
    public UUID topicId;

    public static EventTopic of(UUID eventId, UUID topicId) {
        EventTopic link = new EventTopic();
        link.eventId = eventId;
        link.topicId = topicId;
        return link;
    }

    public static class Key implements Serializable {
        public UUID eventId;
        public UUID topicId;

        public Key() {
        }

        public Key(UUID eventId, UUID topicId) {
            this.eventId = eventId;
            this.topicId = topicId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(topicId, k.topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, topicId);
        }

        /** As the audit trail names the link: event, then topic. */
        @Override
        public String toString() {
            return eventId + "/" + topicId;
        }
    }
}
