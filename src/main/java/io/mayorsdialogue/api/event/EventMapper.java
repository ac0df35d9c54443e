package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.model.EventDto;
import io.mayorsdialogue.api.model.EventStatusDto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.UUID;

final class EventMapper {

    private EventMapper() {
    }

    /** Instants are shown with the offset of the event's own time zone, as people there read them. */
    static EventDto toApi(EventRow e) {
        ZoneId zone = ZoneId.of(e.timeZone());
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        for (UUID id : e.topicIds()) {
            topics.add(id.toString());
        }
        return new EventDto()
                .id(e.id().toString())
                .name(e.name())
                .hostCityId(e.hostCityId().toString())
                .venue(e.venue())
                .startsAt(local(e.startsAt(), zone))
                .endsAt(local(e.endsAt(), zone))
                .timeZone(e.timeZone())
                .status(EventStatusDto.valueOf(e.status().name()))
                .capacity(e.capacity())
                .registrationDeadline(local(e.registrationDeadline(), zone))
                .description(e.description())
                .topicIds(topics);
    }

    static void apply(EventDto in, Event e, UUID hostCityId, String timeZone) {
        e.name = in.getName().strip();
        e.hostCityId = hostCityId;
        e.venue = in.getVenue() == null ? null : in.getVenue().strip();
        e.startsAt = in.getStartsAt().toInstant();
        e.endsAt = in.getEndsAt().toInstant();
        e.timeZone = timeZone;
        e.status = in.getStatus() == null ? EventStatus.DRAFT : EventStatus.valueOf(in.getStatus().name());
        e.capacity = in.getCapacity();
        e.registrationDeadline = in.getRegistrationDeadline() == null ? null : in.getRegistrationDeadline().toInstant();
        e.description = in.getDescription();
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
