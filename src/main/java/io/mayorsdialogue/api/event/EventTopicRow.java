package io.mayorsdialogue.api.event;

import java.util.UUID;

/** One topic of one event, as the batch lookup of several events' topics reads it. */
public record EventTopicRow(UUID eventId, UUID topicId) {
}
