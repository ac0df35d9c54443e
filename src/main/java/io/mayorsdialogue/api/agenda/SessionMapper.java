package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.model.SessionDto;
import io.mayorsdialogue.api.model.SessionFormatDto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

final class SessionMapper {

    private SessionMapper() {
    }

    /** Times in the event's own time zone, as for the event itself. */
    static SessionDto toApi(AgendaSession s, ZoneId zone) {
        LinkedHashSet<String> panelists = new LinkedHashSet<>();
        s.panelists.forEach(p -> panelists.add(p.toString()));
        return new SessionDto()
                .id(s.id.toString())
                .eventId(s.eventId.toString())
                .title(s.title)
                .topicId(s.topicId == null ? null : s.topicId.toString())
                .format(SessionFormatDto.valueOf(s.format.name()))
                .startsAt(local(s.startsAt, zone))
                .endsAt(local(s.endsAt, zone))
                .room(s.room)
                .moderatorMayorId(s.moderatorMayorId == null ? null : s.moderatorMayorId.toString())
                .panelistMayorIds(panelists)
                .languages(new LinkedHashSet<>(s.languages))
                .description(s.description);
    }

    /** Writable fields only; references already checked and parsed by the service. */
    static void apply(SessionDto in, AgendaSession s, UUID topicId, UUID moderator, List<UUID> panelists) {
        s.title = in.getTitle().strip();
        s.topicId = topicId;
        s.format = SessionFormat.valueOf(in.getFormat().name());
        s.startsAt = in.getStartsAt().toInstant();
        s.endsAt = in.getEndsAt().toInstant();
        s.room = in.getRoom() == null ? null : in.getRoom().strip();
        s.moderatorMayorId = moderator;
        s.panelists.clear();
        s.panelists.addAll(panelists);
        s.languages = Languages.canonicalTags(in.getLanguages());
        s.description = in.getDescription();
    }

    static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
