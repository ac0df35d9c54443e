package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.model.Attendee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional
public class AttendeeService {

    private final EventService events;
    private final MayorService mayors;
    private final AttendeeRepository attendees;

    AttendeeService(EventService events, MayorService mayors, AttendeeRepository attendees) {
        this.events = events;
        this.mayors = mayors;
        this.attendees = attendees;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Attendee> list(String eventId, String country, PageRequest page) {
        Event event = events.find(eventId);
        return Page.of(attendees.page(event.id, country, page), page, a -> new Cursor(a.fullName(), a.mayorId().toString()),
                AttendeeService::toApi);
    }

    public void add(String eventId, String mayorId) {
        Event event = events.find(eventId);
        Mayor mayor = mayors.findReference(mayorId).orElseThrow(() -> ApiProblem.notFound("mayor", mayorId));
        if (attendees.findByIdOptional(new EventAttendee.Key(event.id, mayor.id)).isEmpty()) {
            attendees.persist(EventAttendee.of(event.id, mayor.id));
        }
    }

    public void remove(String eventId, String mayorId) {
        Event event = events.find(eventId);
        Mayor mayor = mayors.findReference(mayorId).orElseThrow(() -> ApiProblem.notFound("mayor", mayorId));
        if (!attendees.deleteById(new EventAttendee.Key(event.id, mayor.id))) {
            throw new ApiProblem(404, "not-found", "Resource not found",
                    mayor.fullName + " is not listed as attending this event.", List.of());
        }
    }

    private static Attendee toApi(AttendeeRow r) {
        return new Attendee()
                .mayorId(r.mayorId().toString())
                .fullName(r.fullName())
                .title(r.title())
                .cityId(r.cityId().toString())
                .cityName(r.cityName())
                .countryCode(r.countryCode())
                .languages(new ArrayList<>(r.languages()));
    }
}
