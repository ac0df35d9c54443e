package io.mayorsdialogue.api.event;

import com.fasterxml.jackson.core.SerializableString;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.model.EventDto;
import io.mayorsdialogue.api.model.EventStatusDto;
import io.mayorsdialogue.api.notification.Notification;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.quarkus.arc.Arc;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.time.TimeZones;
import io.mayorsdialogue.api.time.Times;
import io.mayorsdialogue.api.topic.TopicService;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
@Transactional
public class EventService {

    private final EventRepository events;
    private final EventTopicRepository eventTopics;
    private final TopicService topics;
    private final CityService cities;
    private final jakarta.enterprise.event.Event<EventPlacesChanged> placesChanged;
    private final jakarta.enterprise.event.Event<EventReplaced> replacedEvents;
    private final jakarta.enterprise.event.Event<Notification> notifications;
    private final CurrentCaller caller;
    private final EventAnswers answers;

    EventService(EventRepository events, EventTopicRepository eventTopics, TopicService topics, CityService cities,
            jakarta.enterprise.event.Event<EventPlacesChanged> placesChanged, jakarta.enterprise.event.Event<EventReplaced> replacedEvents,
            jakarta.enterprise.event.Event<Notification> notifications, CurrentCaller caller, EventAnswers answers) {
        this.answers = answers;
        this.replacedEvents = replacedEvents;
        this.caller = caller;
        this.notifications = notifications;
        this.events = events;
        this.eventTopics = eventTopics;
        this.topics = topics;
        this.cities = cities;
        this.placesChanged = placesChanged;
    }

    /**
     * A page of events, each as the JSON kept for its revision ({@link EventAnswers}): the page's statement reads only
     * the events' ids, revisions and sort keys; a second one reads the rows of those whose answer is not kept (a new
     * revision, or not read on this instance yet). Reading every column of each event and writing its JSON took two
     * fifths of the list's JVM CPU and a quarter of PostgreSQL's (bench/README.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SerializableString> list(EventStatusDto status, String hostCityId, String country, String topicId,
            OffsetDateTime from, OffsetDateTime to, String q, String sort, PageRequest page) {
        SortOrder<EventKey> order = SortOrder.choose(sort, EventRepository.BY_START, EventRepository.BY_NAME);
        Optional<UUID> host = Ids.parse(hostCityId);
        Optional<UUID> topic = Ids.parse(topicId);
        if (hostCityId != null && host.isEmpty() || topicId != null && topic.isEmpty()) {
            return Page.empty(); // an id that cannot exist filters everything out
        }
        if (status == EventStatusDto.DRAFT && !caller.get().isOrganiser()) {
            return Page.empty(); // drafts are not public
        }
        var filter = new EventRepository.Filter(status == null ? null : EventStatus.valueOf(status.name()), host.orElse(null),
                !caller.get().isOrganiser(),
                cities.idsInCountry(country), topic.orElse(null), from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), q);
        List<EventKey> keys = events.pageKeys(filter, order, page);
        Map<UUID, SerializableString> json = answers.of(keys, ids -> events.rows(filter, ids));
        Page<SerializableString> shown = Page.of(keys, page, e -> order.cursorAfter(e, e.id().toString()), e -> json.get(e.id()));
        // an event deleted or changed out of the page between the two statements has no answer: it is left out, and
        // the cursor still follows it
        return json.size() == keys.size() ? shown
                : new Page<>(shown.items().stream().filter(Objects::nonNull).toList(), shown.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EventDto> get(String id) {
        return Ids.parse(id).flatMap(events::row).filter(e -> visible(e.status())).map(EventService::versioned)
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    public Versioned<EventDto> create(EventDto in) {
        var e = new Event();
        e.id = Ids.newId();
        e.createdAt = Times.now();
        Checked checked = validate(in, e.id);
        EventMapper.apply(in, e, checked.hostCityId(), checked.timeZone());
        events.persist(e);
        checked.topicIds().forEach(t -> eventTopics.persist(EventTopic.of(e.id, t)));
        events.flush();
        return view(e.id);
    }

    /**
     * Locks the event, then announces the change of its places ({@link EventPlacesChanged}) in the same transaction,
     * so that a raised capacity is handed to the waitlist before anyone else can take it.
     */
    public Versioned<EventDto> replace(String id, EventDto in, String ifMatch) {
        var e = lock(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        EventStatus before = e.status;
        Integer capacityBefore = e.capacity;
        Checked checked = validate(in, e.id);
        Set<UUID> linked = Set.copyOf(eventTopics.topicIds(e.id));
        Set<UUID> wanted = Set.copyOf(checked.topicIds());
        EventMapper.apply(in, e, checked.hostCityId(), checked.timeZone());
        boolean topicsChanged = !linked.equals(wanted);
        // link by link, so that the audit trail records each topic removed or added (a bulk delete records nothing)
        linked.stream().filter(t -> !wanted.contains(t)).forEach(t -> eventTopics.deleteById(new EventTopic.Key(e.id, t)));
        checked.topicIds().stream().filter(t -> !linked.contains(t)).forEach(t -> eventTopics.persist(EventTopic.of(e.id, t)));
        ConditionalRequests.flushChecked(events::flush);
        replacedEvents.fire(new EventReplaced(e, Set.copyOf(checked.topicIds()), capacityBefore, before));
        if (topicsChanged) {
            newVersion(e);
        }
        placesChanged.fire(new EventPlacesChanged(e));
        Versioned<EventDto> replaced = view(e.id);
        boolean cancelled = e.status == EventStatus.CANCELLED && before != EventStatus.CANCELLED;
        notifications.fire(Notification.aboutEvent(cancelled ? "event.cancelled" : "event.updated", replaced.body(), e.id));
        return replaced;
    }

    /**
     * The event's topic links and attendee list go with it (ON DELETE CASCADE); an event with delegations'
     * registrations is refused by the database's foreign key (409: cancel it instead, see web.DatabaseConstraints).
     */
    public void delete(String id, String ifMatch) {
        Event e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        events.delete(e);
        ConditionalRequests.flushChecked(events::flush);
    }

    /** The event, its row locked until the transaction ends: serialises every change to its places. */
    public Event lock(String id) {
        return Ids.parse(id).flatMap(u -> events.findByIdOptional(u, LockModeType.PESSIMISTIC_WRITE)).filter(this::visible)
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    /**
     * The event's lock, as {@link #lock}, and then {@code read}, in one round trip: for a change whose rules need the
     * event's columns and a read that must follow the lock (a new registration: its city's registrations and the
     * places held), and nothing else of the event.
     */
    public <T> LockedEvent<T> lockThen(String id, ReadUnderLock<T> read) {
        return Ids.parse(id).flatMap(u -> events.lockThen(u, read)).filter(e -> visible(e.status()))
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event find(String id) {
        return Ids.parse(id).flatMap(events::findByIdOptional).filter(this::visible)
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    /** Announces that a topic was taken off the locked event, so that the agenda can refuse it (see {@link EventReplaced}). */
    void announceTopicsChanged(Event locked) {
        events.flush();
        replacedEvents.fire(new EventReplaced(locked, Set.copyOf(eventTopics.topicIds(locked.id)), locked.capacity, locked.status));
    }

    /**
     * The event shows its topic ids, so a change to them is a new version of it even when none of its own columns
     * changed: its ETag changes, and no client or cache revalidating the old one is told it is still current. The
     * event must be {@link #lock locked}: Hibernate skips an optimistic increment under that row lock, and the lock
     * makes two changes at once take turns rather than one failing on the version.
     */
    void newVersion(Event locked) {
        events.getEntityManager().lock(locked, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The id of an event the caller may see, for the lists under it that need nothing else of it: its status is read
     * alone, where loading the event as an entity was an eighth of an attendee page's CPU (bench/README.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID visibleId(String id) {
        return Ids.parse(id).filter(u -> events.status(u).filter(this::visible).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    /**
     * A DRAFT event is the organiser's alone: to anyone else it does not exist (404), nor do its topics, attendees,
     * agenda or anything else under it. Work outside a request (start-up, background) sees everything.
     */
    private boolean visible(Event e) {
        return visible(e.status);
    }

    private boolean visible(EventStatus status) {
        return status != EventStatus.DRAFT || draftsVisible();
    }

    private boolean draftsVisible() {
        return !Arc.container().requestContext().isActive() || caller.get().isOrganiser();
    }

    /**
     * The condition that the caller may see the event, as a subquery for a list under it to add to its own statement
     * (null: every event is visible to this caller). A page with rows then needs no statement of its own for the
     * event; only an empty page must ask {@link #visibleId} whether there is a visible event at all. The separate
     * status read was a fifth of an attendee page's CPU (bench/README.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subquery idIfVisible(UUID id) {
        return draftsVisible() ? null : EventRepository.idIfNotDraft(id);
    }

    /** The events other than {@code id} that have not been cancelled, as a subquery: where else a mayor may be busy. */
    public Subquery othersNotCancelled(UUID id) {
        return EventRepository.othersNotCancelled(id);
    }

    /** The topics on the event's agenda. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> topicIdsOf(UUID eventId) {
        return eventTopics.topicIds(eventId);
    }

    /** The event as written, read back as the API shows it (the version its flush gave it included). */
    private Versioned<EventDto> view(UUID id) {
        return versioned(events.row(id).orElseThrow());
    }

    private static Versioned<EventDto> versioned(EventRow e) {
        return new Versioned<>(EventMapper.toApi(e), e.version());
    }

    private record Checked(UUID hostCityId, String timeZone, List<UUID> topicIds) {
    }

    private Checked validate(EventDto in, UUID id) {
        Optional<City> host = cities.findById(in.getHostCityId());
        String zone = in.getTimeZone() != null ? in.getTimeZone() : host.map(c -> c.timeZone).orElse(null);
        Violations v = new Violations()
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .check(host.isPresent(), "hostCityId", "names no city ('" + in.getHostCityId() + "')")
                .check(in.getTimeZone() == null || TimeZones.isIana(in.getTimeZone()), "timeZone", TimeZones.MESSAGE)
                .check(in.getEndsAt().isAfter(in.getStartsAt()), "endsAt", "must be after startsAt")
                .check(in.getRegistrationDeadline() == null || !in.getRegistrationDeadline().isAfter(in.getStartsAt()),
                        "registrationDeadline", "must not be after startsAt");
        List<UUID> topicIds = checkTopics(in.getTopicIds(), v);
        v.throwIfAny();
        if (events.nameTakenByOther(in.getName().strip(), id)) {
            throw ApiProblem.conflict("An event named '" + in.getName().strip() + "' already exists.");
        }
        return new Checked(host.get().id, zone, topicIds);
    }

    private List<UUID> checkTopics(Set<String> requested, Violations v) {
        List<UUID> ids = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            return ids;
        }
        requested.forEach(s -> ids.add(Ids.parse(s).orElse(null)));
        Set<UUID> known = topics.existing(ids.stream().filter(Objects::nonNull).toList());
        int i = 0;
        for (String s : requested) {
            UUID parsed = ids.get(i);
            v.check(parsed != null && known.contains(parsed), "topicIds[" + i + "]", "names no topic ('" + s + "')");
            i++;
        }
        return ids;
    }
}
