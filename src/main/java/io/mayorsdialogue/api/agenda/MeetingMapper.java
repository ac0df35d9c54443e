package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.model.MeetingDto;
import io.mayorsdialogue.api.model.MeetingStatusDto;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;

final class MeetingMapper {

    private MeetingMapper() {
    }

    static MeetingDto toApi(Meeting m, ZoneId zone) {
        return new MeetingDto()
                .id(m.id.toString())
                .eventId(m.eventId.toString())
                .status(MeetingStatusDto.valueOf(m.status.name()))
                .requesterMayorId(m.requesterMayorId.toString())
                .counterpartMayorId(m.counterpartMayorId.toString())
                .startsAt(SessionMapper.local(m.startsAt, zone))
                .endsAt(SessionMapper.local(m.endsAt, zone))
                .topicId(m.topicId == null ? null : m.topicId.toString())
                .room(m.room)
                .languages(new LinkedHashSet<>(m.languages))
                .notes(m.notes)
                .createdAt(m.createdAt.atOffset(ZoneOffset.UTC));
    }

    /** Writable fields only: id, eventId, status and createdAt in a body are ignored. */
    static void apply(MeetingDto in, Meeting m, UUID requester, UUID counterpart, UUID topicId) {
        m.requesterMayorId = requester;
        m.counterpartMayorId = counterpart;
        m.startsAt = in.getStartsAt().toInstant();
        m.endsAt = in.getEndsAt().toInstant();
        m.topicId = topicId;
        m.room = in.getRoom() == null ? null : in.getRoom().strip();
        m.languages = Languages.canonicalTags(in.getLanguages());
        m.notes = in.getNotes();
    }
}
