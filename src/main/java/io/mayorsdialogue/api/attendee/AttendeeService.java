package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.model.AttendeeDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who attends an event: the mayors the organiser recorded, and the heads of confirmed (or checked-in) delegations.
 * A mayor in both appears once. Attendance is what the dialogue features ask before a mayor may speak or meet.
 */
@Singleton
@Transactional
public class AttendeeService {

    private final EventService events;
    private final MayorService mayors;
    private final AttendeeRepository attendees;
    private final AttendanceRepository attendance;

    AttendeeService(EventService events, MayorService mayors, AttendeeRepository attendees,
            AttendanceRepository attendance) {
        this.events = events;
        this.mayors = mayors;
        this.attendees = attendees;
        this.attendance = attendance;
    }

    /**
     * One statement whatever the page size: the page with its mayors and their cities, on the condition that the caller
     * may see the event. Only an empty page asks for the event itself: it is 404 unless the event is there to be seen.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AttendeeDto> list(String eventId, String country, PageRequest page) {
        var order = AttendanceRepository.BY_FULL_NAME;
        Optional<UUID> event = Ids.parse(eventId);
        List<AttendeeRow> rows = event.isEmpty() ? List.of()
                : attendance.page(event.get(), events.idIfVisible(event.get()), mayors.idsInCountry(country), page);
        if (rows.isEmpty()) {
            events.visibleId(eventId);
        }
        return Page.of(rows, page, a -> order.cursorAfter(a, a.mayorId().toString()), AttendeeService::toApi);
    }

    public void add(String eventId, String mayorId) {
        Event event = events.find(eventId);
        Mayor mayor = mayors.findById(mayorId).orElseThrow(() -> ApiProblem.notFound("mayor", mayorId));
        if (attendees.findByIdOptional(new EventAttendee.Key(event.id, mayor.id)).isEmpty()) {
            attendees.persist(EventAttendee.of(event.id, mayor.id));
        }
    }

    public void remove(String eventId, String mayorId) {
        Event event = events.find(eventId);
        Mayor mayor = mayors.findById(mayorId).orElseThrow(() -> ApiProblem.notFound("mayor", mayorId));
        if (!attendees.deleteById(new EventAttendee.Key(event.id, mayor.id))) {
            throw new ApiProblem(ProblemType.NOT_FOUND, mayor.fullName + " is not listed as attending this event.");
        }
    }

    /** Which of these mayors attend the event (recorded, or heading a confirmed delegation): one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> attendingAmong(UUID eventId, Collection<UUID> mayorIds) {
        return mayors.idsAmong(mayorIds, AttendanceRepository.attending(eventId));
    }

    /** The mayors the organiser recorded as attending the event (the host city's own mayor, typically). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> recordedMayors(UUID eventId) {
        return attendees.list("eventId", eventId).stream().map(a -> a.mayorId).toList();
    }

    private static AttendeeDto toApi(AttendeeRow a) {
        return new AttendeeDto()
                .mayorId(a.mayorId().toString())
                .fullName(a.fullName())
                .title(a.title())
                .cityId(a.cityId().toString())
                .cityName(a.cityName())
                .countryCode(a.countryCode())
                .languages(new ArrayList<>(a.languages()));
    }
}
