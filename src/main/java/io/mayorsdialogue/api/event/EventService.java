package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.Times;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Ids;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Preconditions;
import io.mayorsdialogue.api.common.Versioned;
import io.mayorsdialogue.api.common.TimeZones;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.model.EventStatus;
import io.mayorsdialogue.api.registration.RegistrationRepository;
import io.mayorsdialogue.api.registration.Waitlist;
import io.mayorsdialogue.api.topic.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class EventService {

    private final EventRepository events;
    private final EventTopicRepository eventTopics;
    private final TopicRepository topics;
    private final CityService cities;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;

    EventService(EventRepository events, EventTopicRepository eventTopics, TopicRepository topics, CityService cities,
            RegistrationRepository registrations, Waitlist waitlist) {
        this.waitlist = waitlist;
        this.events = events;
        this.eventTopics = eventTopics;
        this.topics = topics;
        this.cities = cities;
        this.registrations = registrations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Event> list(EventStatus status, String hostCityId, String country, String topicId,
            OffsetDateTime from, OffsetDateTime to, String q, String sort, PageRequest page) {
        SortOrder<Event> order = SortOrder.choose(sort, EventRepository.BY_START, EventRepository.BY_NAME);
        Optional<UUID> host = Ids.parse(hostCityId);
        Optional<UUID> topic = Ids.parse(topicId);
        if (hostCityId != null && host.isEmpty() || topicId != null && topic.isEmpty()) {
            return new Page<>(List.of(), null); // an id that cannot exist filters everything out
        }
        var filter = new EventRepository.Filter(status, host.orElse(null), country, topic.orElse(null),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), q);
        List<Event> rows = events.page(filter, order, page);
        Map<UUID, List<UUID>> topicIds = eventTopics.topicIdsOf(rows.stream().map(e -> e.id).toList());
        return Page.of(rows, page, e -> order.cursorAfter(e, e.id.toString()),
                e -> EventMapper.toApi(e, topicIds.getOrDefault(e.id, List.of())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<io.mayorsdialogue.api.model.Event> get(String id) {
        return toApi(find(id));
    }

    public Versioned<io.mayorsdialogue.api.model.Event> create(io.mayorsdialogue.api.model.Event in) {
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.createdAt = Times.now();
        Checked checked = validate(in, e.id);
        EventMapper.apply(in, e, checked.hostCityId(), checked.timeZone());
        events.persist(e);
        checked.topicIds().forEach(t -> eventTopics.persist(EventTopic.of(e.id, t)));
        events.flush();
        return toApi(e);
    }

    /** Locks the event: a capacity raised here hands the new places to the waitlist in the same transaction. */
    public Versioned<io.mayorsdialogue.api.model.Event> replace(String id, io.mayorsdialogue.api.model.Event in, String ifMatch) {
        Event e = lock(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        Checked checked = validate(in, e.id);
        EventMapper.apply(in, e, checked.hostCityId(), checked.timeZone());
        eventTopics.deleteByEvent(e.id);
        checked.topicIds().forEach(t -> eventTopics.persist(EventTopic.of(e.id, t)));
        Preconditions.flushChecked(events::flush);
        waitlist.promote(e);
        return toApi(e);
    }

    /**
     * The event's topic links and attendee list go with it (ON DELETE CASCADE); delegations' registrations do not:
     * an event that has them is cancelled (status CANCELLED), not deleted.
     */
    public void delete(String id) {
        Event e = find(id);
        long registered = registrations.countByEvent(e.id);
        if (registered > 0) {
            throw ApiProblem.conflict("The event has " + registered + " delegation registration(s); set its status to "
                    + "CANCELLED instead of deleting it.");
        }
        events.delete(e);
    }

    /** The event, its row locked until the transaction ends: serialises every change to its places. */
    public Event lock(String id) {
        return Ids.parse(id).flatMap(u -> events.findByIdOptional(u, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event find(String id) {
        return Ids.parse(id).flatMap(events::findByIdOptional).orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    private Versioned<io.mayorsdialogue.api.model.Event> toApi(Event e) {
        return new Versioned<>(EventMapper.toApi(e, eventTopics.topicIdsOf(List.of(e.id)).getOrDefault(e.id, List.of())),
                e.version);
    }

    private record Checked(UUID hostCityId, String timeZone, List<UUID> topicIds) {
    }

    private Checked validate(io.mayorsdialogue.api.model.Event in, UUID id) {
        Optional<City> host = cities.findReference(in.getHostCityId());
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
        Set<UUID> known = new HashSet<>(topics.existingIds(ids.stream().filter(Objects::nonNull).toList()));
        int i = 0;
        for (String s : requested) {
            UUID parsed = ids.get(i);
            v.check(parsed != null && known.contains(parsed), "topicIds[" + i + "]", "names no topic ('" + s + "')");
            i++;
        }
        return ids;
    }
}
