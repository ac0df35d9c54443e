package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.csv.Csv;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventStatus;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.model.MeetingDto;
import io.mayorsdialogue.api.model.MeetingSlotDto;
import io.mayorsdialogue.api.model.MeetingStatusDto;
import io.mayorsdialogue.api.model.MeetingSuggestionsDto;
import io.mayorsdialogue.api.notification.Notification;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.registration.DelegationWithdrawn;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.mayorsdialogue.api.agenda.MeetingStatus.ACCEPTED;
import static io.mayorsdialogue.api.agenda.MeetingStatus.CANCELLED;
import static io.mayorsdialogue.api.agenda.MeetingStatus.DECLINED;
import static io.mayorsdialogue.api.agenda.MeetingStatus.REQUESTED;

/**
 * Bilateral meetings between attending mayors and their workflow. A partner acts for its own city's mayors: it
 * requests for them, answers requests made to them, and cancels meetings that involve them; it sees no other
 * meeting (404, as for registrations). Accepting books the slot under the event's row lock (see Schedule).
 */
@Singleton
@Transactional
public class MeetingService {

    static final String CSV_HEADER = "meetingId,status,startsAt,endsAt,room,requester,requesterCity,counterpart,counterpartCity,languages,notes";
    /** Suggestions are answered on the quarter hour and at most this many at once. */
    static final int MAX_SUGGESTIONS = 20;
    static final Duration SUGGESTION_STEP = Duration.ofMinutes(15);

    private final MeetingRepository meetings;
    private final SessionRepository sessions;
    private final EventService events;
    private final MayorService mayors;
    private final CityService cities;
    private final AgendaRules rules;
    private final Schedule schedule;
    private final CurrentCaller current;
    private final jakarta.enterprise.event.Event<Notification> notifications;

    MeetingService(MeetingRepository meetings, SessionRepository sessions, EventService events, MayorService mayors,
            CityService cities, AgendaRules rules, Schedule schedule, CurrentCaller current,
            jakarta.enterprise.event.Event<Notification> notifications) {
        this.notifications = notifications;
        this.meetings = meetings;
        this.sessions = sessions;
        this.events = events;
        this.mayors = mayors;
        this.cities = cities;
        this.rules = rules;
        this.schedule = schedule;
        this.current = current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeetingDto> list(String eventId, MeetingStatusDto status, String mayorId, PageRequest page) {
        Event event = events.find(eventId);
        Optional<MeetingRepository.Filter> filter = filter(event, status, mayorId);
        if (filter.isEmpty()) {
            return Page.empty();
        }
        ZoneId zone = ZoneId.of(event.timeZone);
        return Page.of(meetings.page(filter.get(), page), page, m -> MeetingRepository.BY_START.cursorAfter(m, m.id.toString()),
                m -> MeetingMapper.toApi(m, zone));
    }

    /** The organiser's spreadsheet of meetings, mayors and their cities by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(String eventId, MeetingStatusDto status, String mayorId) {
        if (!current.get().isOrganiser()) {
            throw current.get().refusal("The meetings as CSV are the organiser's; ask for application/json instead.");
        }
        Event event = events.find(eventId);
        List<Meeting> rows = filter(event, status, mayorId).map(meetings::all).orElse(List.of());
        Map<UUID, Mayor> names = mayors.byIds(rows.stream().flatMap(m -> List.of(m.requesterMayorId, m.counterpartMayorId).stream())
                .collect(Collectors.toSet()));
        Map<UUID, CitySummary> cityOf = cities.summaries(names.values().stream().map(m -> m.cityId).collect(Collectors.toSet()));
        ZoneId zone = ZoneId.of(event.timeZone);
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Meeting m : rows) {
            Mayor a = names.get(m.requesterMayorId);
            Mayor b = names.get(m.counterpartMayorId);
            Csv.row(csv, m.id.toString(), m.status.name(), SessionMapper.local(m.startsAt, zone).toString(),
                    SessionMapper.local(m.endsAt, zone).toString(), m.room, a.fullName, cityOf.get(a.cityId).name(), b.fullName,
                    cityOf.get(b.cityId).name(), String.join(" ", m.languages), m.notes);
        }
        return csv.toString();
    }

    /** One mayor's accepted meetings at the event, in time order (callers decide who may see them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> acceptedOf(UUID eventId, UUID mayorId) {
        return meetings.acceptedOf(eventId, List.of(mayorId));
    }

    /** How many meetings are in each status, counted by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyCount> countByStatus(UUID eventId) {
        return meetings.countByStatus(eventId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MeetingDto> get(String eventId, String meetingId) {
        Event event = events.find(eventId);
        return view(findVisible(event, meetingId), event);
    }

    public Versioned<MeetingDto> request(String eventId, MeetingDto in) {
        Event event = events.find(eventId);
        requireEventAhead(event, "requested");
        Violations v = new Violations();
        UUID requester = AgendaRules.mayorId("requesterMayorId", in.getRequesterMayorId(), v);
        UUID counterpart = AgendaRules.mayorId("counterpartMayorId", in.getCounterpartMayorId(), v);
        v.check(requester == null || !requester.equals(counterpart), "counterpartMayorId", "must be another mayor than the requester")
                .check(in.getRoom() == null || !in.getRoom().isBlank(), "room", "must not be blank when given");
        Languages.checkTags(in.getLanguages(), "languages", v);
        rules.checkWithinEvent(event, in.getStartsAt(), in.getEndsAt(), v);
        UUID topic = rules.topicOfEvent(event, in.getTopicId(), v);
        Map<String, UUID> pair = new LinkedHashMap<>();
        if (requester != null) {
            pair.put("requesterMayorId", requester);
        }
        if (counterpart != null) {
            pair.put("counterpartMayorId", counterpart);
        }
        rules.checkAttending(event, pair, v);
        v.throwIfAny();
        Caller caller = current.get();
        if (caller.isPartner() && !caller.cityId().equals(citiesOf(requester).get(requester))) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "A partner requests meetings for a mayor of its own city only; "
                    + "requesterMayorId is of another city.");
        }
        Meeting m = new Meeting();
        m.id = Ids.newId();
        m.eventId = event.id;
        m.status = REQUESTED;
        m.createdAt = Times.now();
        MeetingMapper.apply(in, m, requester, counterpart, topic);
        meetings.persistAndFlush(m);
        return announced("meeting.requested", m, event);
    }

    /** Books the slot: under the event's lock, so of two racing accepts that overlap exactly one succeeds. */
    public Versioned<MeetingDto> accept(String eventId, String meetingId) {
        Event event = events.lock(eventId);
        Meeting m = findVisible(event, meetingId);
        requireCounterpartSide(m, "accept");
        requireStatus(m, EnumSet.of(REQUESTED), "accepted");
        requireEventAhead(event, "accepted");
        Map<String, UUID> pair = new LinkedHashMap<>();
        pair.put("requesterMayorId", m.requesterMayorId);
        pair.put("counterpartMayorId", m.counterpartMayorId);
        // both must still attend: a delegation may have been cancelled since the request
        Violations v = new Violations();
        rules.checkAttending(event, pair, v);
        v.throwIfAny();
        schedule.checkFree(event, new Schedule.Booking(m.startsAt, m.endsAt, m.room, pair, null, m.id));
        m.status = ACCEPTED;
        meetings.flush();
        return announced("meeting.accepted", m, event);
    }

    public Versioned<MeetingDto> decline(String eventId, String meetingId) {
        Event event = events.find(eventId);
        Meeting m = findVisible(event, meetingId);
        requireCounterpartSide(m, "decline");
        requireStatus(m, EnumSet.of(REQUESTED), "declined");
        m.status = DECLINED;
        meetings.flush();
        return announced("meeting.declined", m, event);
    }

    public Versioned<MeetingDto> cancel(String eventId, String meetingId) {
        Event event = events.find(eventId);
        Meeting m = findVisible(event, meetingId);
        requireStatus(m, EnumSet.of(REQUESTED, ACCEPTED), "cancelled");
        m.status = CANCELLED;
        meetings.flush();
        return announced("meeting.cancelled", m, event);
    }

    /**
     * Free common slots of {@code minutes} inside the event's hours, on the quarter hour (in the event's zone),
     * avoiding both mayors' sessions and accepted meetings; at most {@link #MAX_SUGGESTIONS}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingSuggestionsDto suggestions(String eventId, String mayorA, String mayorB, int minutes) {
        Event event = events.find(eventId);
        Violations v = new Violations();
        UUID a = AgendaRules.mayorId("mayorA", mayorA, v);
        UUID b = AgendaRules.mayorId("mayorB", mayorB, v);
        v.check(a == null || !a.equals(b), "mayorB", "must be another mayor than mayorA");
        Map<String, UUID> pair = new LinkedHashMap<>();
        if (a != null) {
            pair.put("mayorA", a);
        }
        if (b != null) {
            pair.put("mayorB", b);
        }
        rules.checkAttending(event, pair, v);
        v.throwIfAny();
        Caller caller = current.get();
        if (caller.isPartner() && !citiesOf(a, b).containsValue(caller.cityId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "A partner asks for slots of pairs that include a mayor of its own city.");
        }
        List<Instant[]> busy = new ArrayList<>();
        sessions.ofSpeakers(event.id, List.of(a, b)).forEach(s -> busy.add(new Instant[] {s.startsAt, s.endsAt}));
        meetings.acceptedOf(event.id, List.of(a, b)).forEach(m -> busy.add(new Instant[] {m.startsAt, m.endsAt}));
        ZoneId zone = ZoneId.of(event.timeZone);
        Duration length = Duration.ofMinutes(minutes);
        DailyHours hours = DailyHours.of(event, zone);
        List<MeetingSlotDto> slots = new ArrayList<>();
        boolean more = false;
        for (Instant start = firstQuarter(event.startsAt, zone); !start.plus(length).isAfter(event.endsAt); start = start.plus(SUGGESTION_STEP)) {
            Instant from = start;
            Instant to = start.plus(length);
            if (!hours.contain(from, to) || busy.stream().anyMatch(x -> x[0].isBefore(to) && x[1].isAfter(from))) {
                continue;
            }
            if (slots.size() == MAX_SUGGESTIONS) {
                more = true;
                break;
            }
            slots.add(new MeetingSlotDto().startsAt(SessionMapper.local(from, zone)).endsAt(SessionMapper.local(to, zone)));
        }
        return new MeetingSuggestionsDto().items(slots).truncated(more);
    }

    /**
     * The hours of each day of an event running over several days: from its start's time of day to its end's (09:00
     * to 18:00), so that no meeting is suggested for the night. An event of one day has all of its time, and so has
     * one whose start and end do not read as a working day (an end's time of day less than six hours after the
     * start's, or before it): they say nothing of its daily hours.
     */
    private record DailyHours(ZoneId zone, LocalTime opens, LocalTime closes) {

        private static final Duration WORKING_DAY = Duration.ofHours(6);

        static DailyHours of(Event event, ZoneId zone) {
            ZonedDateTime start = event.startsAt.atZone(zone);
            ZonedDateTime end = event.endsAt.atZone(zone);
            boolean daily = !start.toLocalDate().equals(end.toLocalDate())
                    && Duration.between(start.toLocalTime(), end.toLocalTime()).compareTo(WORKING_DAY) >= 0;
            return daily ? new DailyHours(zone, start.toLocalTime(), end.toLocalTime()) : new DailyHours(zone, null, null);
        }

        boolean contain(Instant from, Instant to) {
            if (opens == null) {
                return true;
            }
            ZonedDateTime f = from.atZone(zone);
            ZonedDateTime t = to.atZone(zone);
            return f.toLocalDate().equals(t.toLocalDate()) && !f.toLocalTime().isBefore(opens) && !t.toLocalTime().isAfter(closes);
        }
    }

    /** The first quarter hour at or after {@code start}, on the event's local clock. */
    private static Instant firstQuarter(Instant start, ZoneId zone) {
        ZonedDateTime local = start.atZone(zone);
        ZonedDateTime floor = local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() / 15 * 15L);
        return floor.toInstant().isBefore(start) ? floor.plusMinutes(15).toInstant() : floor.toInstant();
    }

    private Optional<MeetingRepository.Filter> filter(Event event, MeetingStatusDto status, String mayorId) {
        Optional<UUID> mayor = Ids.parse(mayorId);
        if (mayorId != null && mayor.isEmpty()) {
            return Optional.empty();
        }
        Caller caller = current.get();
        return Optional.of(new MeetingRepository.Filter(event.id, status == null ? null : MeetingStatus.valueOf(status.name()),
                mayor.orElse(null), caller.isPartner() ? mayors.idsInCity(caller.cityId()) : null));
    }

    /** A partner sees meetings that involve its city only; any other is indistinguishable from a missing one. */
    private Meeting findVisible(Event event, String meetingId) {
        Meeting m = Ids.parse(meetingId).flatMap(meetings::findByIdOptional).filter(x -> x.eventId.equals(event.id))
                .orElseThrow(() -> ApiProblem.notFound("meeting", meetingId));
        Caller caller = current.get();
        if (caller.isPartner() && !citiesOf(m.requesterMayorId, m.counterpartMayorId).containsValue(caller.cityId())) {
            throw ApiProblem.notFound("meeting", meetingId);
        }
        return m;
    }

    private void requireCounterpartSide(Meeting m, String verb) {
        Caller caller = current.get();
        if (caller.isPartner() && !caller.cityId().equals(citiesOf(m.counterpartMayorId).get(m.counterpartMayorId))) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Only the counterpart's city (or the organiser) may " + verb
                    + " a meeting request; yours made it.");
        }
    }

    /**
     * Meetings are requested and accepted for an event still to be held; once it is COMPLETED or CANCELLED, only
     * declining and cancelling remain, to tidy up what was left open.
     */
    private static void requireEventAhead(Event event, String verb) {
        if (event.status == EventStatus.COMPLETED || event.status == EventStatus.CANCELLED) {
            throw ApiProblem.conflict("The event is " + event.status + "; meetings are " + verb
                    + " only for an event still to be held (DRAFT, OPEN or CLOSED).");
        }
    }

    private static void requireStatus(Meeting m, Set<MeetingStatus> from, String verb) {
        if (!from.contains(m.status)) {
            throw ApiProblem.conflict("The meeting is " + m.status + "; only a meeting that is "
                    + String.join(" or ", from.stream().map(Enum::name).toList()) + " can be " + verb + ".");
        }
    }

    /** The city of each of these mayors, in one query. */
    private Map<UUID, UUID> citiesOf(UUID... mayorIds) {
        return mayors.byIds(List.of(mayorIds)).values().stream().collect(Collectors.toMap(m -> m.id, m -> m.cityId));
    }

    /** Both mayors' cities (and the organiser) hear of it, in this transaction (outbox). */
    /**
     * A mayor whose delegation was cancelled or rejected no longer attends (unless the organiser records the mayor
     * otherwise): the mayor's requested and accepted meetings are cancelled with it, announced as any cancellation,
     * and audited as the service's doing.
     */
    void onDelegationWithdrawn(@Observes DelegationWithdrawn withdrawn) {
        Event event = withdrawn.event();
        UUID mayor = withdrawn.headMayorId();
        if (rules.attends(event, mayor)) {
            return;
        }
        current.onTheServicesAccount(() -> meetings.liveOf(event.id).stream()
                .filter(m -> m.requesterMayorId.equals(mayor) || m.counterpartMayorId.equals(mayor))
                .forEach(m -> {
                    m.status = CANCELLED;
                    meetings.flush();
                    announced("meeting.cancelled", m, event);
                }));
    }

    private Versioned<MeetingDto> announced(String type, Meeting m, Event event) {
        Versioned<MeetingDto> view = view(m, event);
        notifications.fire(Notification.aboutCities(type, view.body(), event.id,
                Set.copyOf(citiesOf(m.requesterMayorId, m.counterpartMayorId).values())));
        return view;
    }

    private static Versioned<MeetingDto> view(Meeting m, Event event) {
        return new Versioned<>(MeetingMapper.toApi(m, ZoneId.of(event.timeZone)), m.version);
    }
}
