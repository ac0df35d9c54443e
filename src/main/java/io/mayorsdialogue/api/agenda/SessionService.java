package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.csv.Csv;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.model.InterpretationDto;
import io.mayorsdialogue.api.model.LanguageCountDto;
import io.mayorsdialogue.api.model.SessionDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.registration.RegistrationService;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agenda of an event: sessions, the rules they keep, and the interpretation they need. */
@Singleton
@Transactional
public class SessionService {

    static final String CSV_HEADER = "sessionId,title,format,startsAt,endsAt,room,topicId,moderator,panelists,languages";

    private final SessionRepository sessions;
    private final EventService events;
    private final MayorService mayors;
    private final RegistrationService registrations;
    private final AgendaRules rules;
    private final Schedule schedule;
    private final CurrentCaller caller;

    SessionService(SessionRepository sessions, EventService events, MayorService mayors, RegistrationService registrations,
            AgendaRules rules, Schedule schedule, CurrentCaller caller) {
        this.sessions = sessions;
        this.events = events;
        this.mayors = mayors;
        this.registrations = registrations;
        this.rules = rules;
        this.schedule = schedule;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionDto> list(String eventId, String topicId, String room, String mayorId, LocalDate day, PageRequest page) {
        Event event = events.find(eventId);
        Optional<SessionRepository.Filter> filter = filter(event, topicId, room, mayorId, day);
        if (filter.isEmpty()) {
            return Page.empty();
        }
        ZoneId zone = ZoneId.of(event.timeZone);
        return Page.of(sessions.page(filter.get(), page), page, s -> SessionRepository.BY_START.cursorAfter(s, s.id.toString()),
                s -> SessionMapper.toApi(s, zone));
    }

    /** The organiser's spreadsheet of the agenda: every matching session, moderators and panelists by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(String eventId, String topicId, String room, String mayorId, LocalDate day) {
        requireOrganiser();
        Event event = events.find(eventId);
        List<AgendaSession> rows = filter(event, topicId, room, mayorId, day).map(sessions::all).orElse(List.of());
        Set<UUID> speakers = rows.stream().flatMap(s -> s.speakers().stream()).collect(Collectors.toSet());
        Map<UUID, Mayor> names = mayors.byIds(speakers);
        ZoneId zone = ZoneId.of(event.timeZone);
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (AgendaSession s : rows) {
            Csv.row(csv, s.id.toString(), s.title, s.format.name(), SessionMapper.local(s.startsAt, zone).toString(),
                    SessionMapper.local(s.endsAt, zone).toString(), s.room, s.topicId == null ? "" : s.topicId.toString(),
                    s.moderatorMayorId == null ? "" : nameOf(names, s.moderatorMayorId),
                    s.panelists.stream().map(p -> nameOf(names, p)).collect(Collectors.joining("; ")), String.join(" ", s.languages));
        }
        return csv.toString();
    }

    /** Every session of the event in time order, for exports such as the calendar. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaSession> ofEvent(UUID eventId) {
        return sessions.all(new SessionRepository.Filter(eventId, null, null, null, null, null));
    }

    /** How many sessions each topic has (key null: no topic), counted by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyCount> countByTopic(UUID eventId) {
        return sessions.countByTopic(eventId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SessionDto> get(String eventId, String sessionId) {
        Event event = events.find(eventId);
        return view(find(event, sessionId), event);
    }

    public Versioned<SessionDto> create(String eventId, SessionDto in) {
        Event event = events.lock(eventId);
        AgendaSession s = new AgendaSession();
        s.id = Ids.newId();
        s.eventId = event.id;
        write(event, s, in);
        sessions.persistAndFlush(s);
        return view(s, event);
    }

    public Versioned<SessionDto> replace(String eventId, String sessionId, SessionDto in, String ifMatch) {
        Event event = events.lock(eventId);
        AgendaSession s = find(event, sessionId);
        ConditionalRequests.checkIfMatch(ifMatch, s.version);
        write(event, s, in);
        ConditionalRequests.flushChecked(sessions::flush);
        return view(s, event);
    }

    public void delete(String eventId, String sessionId, String ifMatch) {
        Event event = events.lock(eventId);
        AgendaSession session = find(event, sessionId);
        ConditionalRequests.checkIfMatch(ifMatch, session.version);
        sessions.delete(session);
        ConditionalRequests.flushChecked(sessions::flush);
    }

    /**
     * Who is expected: the moderator and panelists, and the members of the confirmed (or checked-in) delegations of
     * their cities. Each needs interpretation unless they speak one of the session's languages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InterpretationDto interpretation(String eventId, String sessionId) {
        Event event = events.find(eventId);
        AgendaSession s = find(event, sessionId);
        Map<UUID, Mayor> speakers = mayors.byIds(new LinkedHashSet<>(s.speakers()));
        List<List<String>> people = new ArrayList<>();
        speakers.values().forEach(m -> people.add(m.languages));
        Set<UUID> cities = speakers.values().stream().map(m -> m.cityId).collect(Collectors.toSet());
        people.addAll(registrations.attendingDelegateLanguages(event.id, cities));
        Set<String> offered = s.languages.stream().map(SessionService::base).collect(Collectors.toSet());
        Map<String, Integer> needs = new TreeMap<>();
        int covered = 0;
        int unknown = 0;
        for (List<String> languages : people) {
            if (languages.isEmpty()) {
                unknown++;
            } else if (languages.stream().map(SessionService::base).anyMatch(offered::contains)) {
                covered++;
            } else {
                languages.forEach(l -> needs.merge(l, 1, Integer::sum));
            }
        }
        List<LanguageCountDto> counts = needs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new LanguageCountDto().language(e.getKey()).count(e.getValue())).toList();
        return new InterpretationDto().sessionId(s.id.toString()).offered(new LinkedHashSet<>(s.languages)).people(people.size())
                .covered(covered).needs(counts).unknownLanguages(unknown);
    }

    /** A language tag's primary language ({@code zh-Hant} → {@code zh}): interpretation is by language, not script. */
    private static String base(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    private void write(Event event, AgendaSession s, SessionDto in) {
        Violations v = new Violations().check(!in.getTitle().isBlank(), "title", "must not be blank")
                .check(in.getRoom() == null || !in.getRoom().isBlank(), "room", "must not be blank when given");
        Languages.checkTags(in.getLanguages(), "languages", v);
        rules.checkWithinEvent(event, in.getStartsAt(), in.getEndsAt(), v);
        UUID topic = rules.topicOfEvent(event, in.getTopicId(), v);
        Map<String, UUID> speakers = new LinkedHashMap<>();
        UUID moderator = in.getModeratorMayorId() == null ? null : AgendaRules.mayorId("moderatorMayorId", in.getModeratorMayorId(), v);
        if (moderator != null) {
            speakers.put("moderatorMayorId", moderator);
        }
        List<UUID> panelists = new ArrayList<>();
        int i = 0;
        for (String id : in.getPanelistMayorIds() == null ? Set.<String>of() : in.getPanelistMayorIds()) {
            String field = "panelistMayorIds[" + i++ + "]";
            UUID panelist = AgendaRules.mayorId(field, id, v);
            if (panelist != null) {
                v.check(!panelist.equals(moderator), field, "is the moderator; a moderator is not also a panelist");
                panelists.add(panelist);
                speakers.put(field, panelist);
            }
        }
        rules.checkAttending(event, speakers, v);
        v.throwIfAny();
        SessionMapper.apply(in, s, topic, moderator, panelists);
        schedule.checkFree(event, new Schedule.Booking(s.startsAt, s.endsAt, s.room, speakers, s.id, null));
    }

    /** Null when a filter names something that cannot exist: no session matches. */
    private Optional<SessionRepository.Filter> filter(Event event, String topicId, String room, String mayorId, LocalDate day) {
        Optional<UUID> topic = Ids.parse(topicId);
        Optional<UUID> mayor = Ids.parse(mayorId);
        if (topicId != null && topic.isEmpty() || mayorId != null && mayor.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(event.timeZone);
        return Optional.of(new SessionRepository.Filter(event.id, topic.orElse(null), room, mayor.orElse(null),
                day == null ? null : day.atStartOfDay(zone).toInstant(), day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private AgendaSession find(Event event, String sessionId) {
        return Ids.parse(sessionId).flatMap(sessions::findByIdOptional).filter(s -> s.eventId.equals(event.id))
                .orElseThrow(() -> ApiProblem.notFound("session", sessionId));
    }

    private void requireOrganiser() {
        if (!caller.get().isOrganiser()) {
            throw caller.get().refusal("The agenda as CSV is the organiser's; ask for application/json instead.");
        }
    }

    private static String nameOf(Map<UUID, Mayor> names, UUID id) {
        Mayor m = names.get(id);
        return m == null ? id.toString() : m.fullName;
    }

    private static Versioned<SessionDto> view(AgendaSession s, Event event) {
        return new Versioned<>(SessionMapper.toApi(s, ZoneId.of(event.timeZone)), s.version);
    }
}
