package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.csv.CsvExport;
import io.mayorsdialogue.api.event.EventStatus;
import io.mayorsdialogue.api.event.LockedEvent;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.model.RegistrationDto;
import io.mayorsdialogue.api.model.RegistrationStatusDto;
import io.mayorsdialogue.api.notification.Notification;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.mayorsdialogue.api.registration.RegistrationStatus.CANCELLED;
import static io.mayorsdialogue.api.registration.RegistrationStatus.CHECKED_IN;
import static io.mayorsdialogue.api.registration.RegistrationStatus.CONFIRMED;
import static io.mayorsdialogue.api.registration.RegistrationStatus.PENDING;
import static io.mayorsdialogue.api.registration.RegistrationStatus.REJECTED;
import static io.mayorsdialogue.api.registration.RegistrationStatus.WAITLISTED;

/**
 * Delegation registrations and their workflow. Every change that can take or free one of an event's places
 * first locks the event's row ({@code SELECT … FOR UPDATE}), so the capacity check and the write are one step for
 * all requests and all service instances on the database: capacity is never exceeded.
 */
@Singleton
@Transactional
public class RegistrationService {

    private static final Set<RegistrationStatus> EDITABLE = EnumSet.of(PENDING, CONFIRMED, WAITLISTED);
    static final int CSV_BATCH = 500;

    private final RegistrationRepository registrations;
    private final EventService events;
    private final MayorService mayors;
    private final CityService cities;
    private final CurrentCaller current;
    private final Waitlist waitlist;
    private final RegistrationMetrics metrics;
    private final jakarta.enterprise.event.Event<Notification> notifications;
    private final int maxPerCity;

    private final jakarta.enterprise.event.Event<DelegationWithdrawn> withdrawn;

    RegistrationService(RegistrationRepository registrations, EventService events, MayorService mayors, CityService cities,
            CurrentCaller current, Waitlist waitlist, RegistrationMetrics metrics,
            jakarta.enterprise.event.Event<Notification> notifications, jakarta.enterprise.event.Event<DelegationWithdrawn> withdrawn,
            @ConfigProperty(name = "mayors.registrations.max-per-city-per-event") int maxPerCity) {
        this.notifications = notifications;
        this.withdrawn = withdrawn;
        this.maxPerCity = maxPerCity;
        this.registrations = registrations;
        this.events = events;
        this.mayors = mayors;
        this.cities = cities;
        this.current = current;
        this.waitlist = waitlist;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegistrationDto> list(String eventId, RegistrationStatusDto status, String country, PageRequest page) {
        Event event = events.find(eventId);
        List<Registration> rows = registrations.page(filter(event, status, country), page);
        return Page.of(rows, page, r -> RegistrationRepository.BY_CREATED.cursorAfter(r, r.id.toString()),
                RegistrationMapper::toApi);
    }

    /**
     * Every visible registration's head and members as CSV, written as it is read: the event is checked now (so an
     * unknown one is a 404 before any byte is sent), then registrations are read {@value #CSV_BATCH} at a time by
     * keyset, three queries plus one per 100 registrations for each batch, and the persistence context is emptied
     * between batches, so memory stays flat however many delegations an event has.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CsvExport csv(String eventId, RegistrationStatusDto status, String country) {
        RegistrationRepository.Filter filter = filter(events.find(eventId), status, country);
        return out -> {
            out.write(DelegatesCsv.HEADER + "\r\n");
            PageRequest batch = new PageRequest(CSV_BATCH, null);
            while (batch != null) {
                List<Registration> fetched = registrations.page(filter, batch);
                List<Registration> rows = fetched.subList(0, Math.min(fetched.size(), CSV_BATCH));
                Set<UUID> cityIds = rows.stream().map(r -> r.cityId).collect(Collectors.toSet());
                Set<UUID> headIds = rows.stream().map(r -> r.headMayorId).filter(Objects::nonNull).collect(Collectors.toSet());
                Map<UUID, String> headNames = mayors.byIds(headIds).values().stream()
                        .collect(Collectors.toMap(m -> m.id, m -> m.fullName));
                out.write(DelegatesCsv.rows(rows, cities.summaries(cityIds), headNames));
                Registration last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                batch = fetched.size() > CSV_BATCH
                        ? new PageRequest(CSV_BATCH, RegistrationRepository.BY_CREATED.cursorAfter(last, last.id.toString()))
                        : null;
                registrations.forget();
            }
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<RegistrationDto> get(String eventId, String registrationId) {
        return view(findVisible(events.find(eventId), registrationId));
    }

    public Versioned<RegistrationDto> create(String eventId, RegistrationDto in) {
        Caller caller = current.get();
        LockedEvent<RegistrationRepository.CityStanding> event = events.lockThen(eventId, registrations.standing(caller.cityId()));
        Instant now = Times.now();
        if (event.status() != EventStatus.OPEN) {
            throw rule("status", "Registration is open only while the event is OPEN; this event is " + event.status() + ".");
        }
        if (event.registrationDeadline() != null && now.isAfter(event.registrationDeadline())) {
            throw rule("registrationDeadline", "The registration deadline of this event has passed.");
        }
        if (now.isAfter(event.startsAt())) { // an event without a deadline takes registrations until it starts
            throw rule("startsAt", "The event has started; registration closed when it began.");
        }
        UUID head = validate(in, caller.cityId());
        RegistrationRepository.CityStanding standing = event.read();
        List<RegistrationRepository.MadeByCity> made = standing.made();
        Optional<RegistrationRepository.MadeByCity> active = made.stream()
                .filter(r -> Registration.ACTIVE.contains(r.status())).findFirst();
        if (active.isPresent()) {
            throw ApiProblem.conflict("Your city already has an active registration for this event: "
                    + active.get().id() + " (" + active.get().status() + "). Update or cancel that one instead.");
        }
        // Register-cancel loops would otherwise grow the event's table (and its webhooks) without bound.
        if (made.size() >= maxPerCity) {
            throw new ApiProblem(ProblemType.REGISTRATION_QUOTA, "Your city has already made " + maxPerCity
                    + " registrations for this event, the most one city may make; ask the organiser to help.");
        }
        Registration r = new Registration();
        r.id = Ids.newId();
        r.eventId = event.id();
        r.cityId = caller.cityId();
        r.partnerId = caller.partnerId();
        r.status = waitlist.hasPlace(event.capacity(), standing.placesHeld()) ? PENDING : WAITLISTED;
        r.createdAt = now;
        r.updatedAt = now;
        RegistrationMapper.apply(in, r, head);
        registrations.insert(r);
        metrics.registrationCreated(r.status.name());
        Versioned<RegistrationDto> created = view(r);
        notify(r.status == WAITLISTED ? List.of("registration.created", "registration.waitlisted") : List.of("registration.created"),
                r, created.body());
        return created;
    }

    public Versioned<RegistrationDto> replace(String eventId, String registrationId, String ifMatch, RegistrationDto in) {
        Event event = events.find(eventId);
        Registration r = findVisible(event, registrationId);
        ConditionalRequests.requireIfMatch(ifMatch, r.version);
        if (!EDITABLE.contains(r.status)) {
            throw ApiProblem.conflict("The registration is " + r.status + " and can no longer change.");
        }
        checkPartnerWindow(event, EnumSet.of(EventStatus.OPEN), "change");
        if (current.get().isPartner() && event.registrationDeadline != null && Times.now().isAfter(event.registrationDeadline)) {
            throw rule("registrationDeadline", "The registration deadline has passed; ask the organiser for changes.");
        }
        RegistrationMapper.apply(in, r, validate(in, r.cityId));
        r.updatedAt = Times.now();
        // another request may have changed it between our read and our write: that is a 412 too
        ConditionalRequests.flushChecked(registrations::flushInBatches);
        return view(r);
    }

    public Versioned<RegistrationDto> approve(String eventId, String registrationId) {
        return transition(eventId, registrationId, EnumSet.of(PENDING), CONFIRMED, "approved");
    }

    public Versioned<RegistrationDto> reject(String eventId, String registrationId) {
        return transition(eventId, registrationId, EnumSet.of(PENDING, WAITLISTED), REJECTED, "rejected");
    }

    public Versioned<RegistrationDto> cancel(String eventId, String registrationId) {
        checkPartnerWindow(events.find(eventId), EnumSet.of(EventStatus.OPEN, EventStatus.CLOSED), "cancel");
        return transition(eventId, registrationId, EnumSet.of(PENDING, CONFIRMED, WAITLISTED), CANCELLED, "cancelled");
    }

    /**
     * A partner changes its delegation only while the event is still ahead: amendments while it is OPEN,
     * cancellations while OPEN or CLOSED, neither once it has started (the state table of EventStatus in the
     * contract). The organiser is not bound: late changes and no-shows are theirs to record.
     */
    private void checkPartnerWindow(Event event, Set<EventStatus> statuses, String action) {
        if (!current.get().isPartner()) {
            return;
        }
        if (!statuses.contains(event.status)) {
            throw rule("status", "Partners may " + action + " a delegation only while the event is "
                    + String.join(" or ", statuses.stream().map(Enum::name).toList()) + "; it is " + event.status
                    + ". Ask the organiser.");
        }
        if (!Times.now().isBefore(event.startsAt)) {
            throw rule("startsAt", "The event has started; partners can no longer " + action + " a delegation. Ask the organiser.");
        }
    }

    public Versioned<RegistrationDto> checkIn(String eventId, String registrationId) {
        return transition(eventId, registrationId, EnumSet.of(CONFIRMED), CHECKED_IN, "checked in");
    }

    /** The languages of each member of the event's confirmed (or checked-in) delegations from these cities. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<String>> attendingDelegateLanguages(UUID eventId, Collection<UUID> cityIds) {
        if (cityIds.isEmpty()) {
            return List.of();
        }
        return registrations.ofEvent(eventId, Registration.ATTENDING, cityIds).stream()
                .flatMap(r -> r.delegates.stream()).map(d -> List.copyOf(d.languages)).toList();
    }

    /** The event's confirmed (or checked-in) delegations, in the order they registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttendingDelegation> attendingDelegations(UUID eventId) {
        return registrations.ofEvent(eventId, Registration.ATTENDING, null).stream()
                .map(r -> new AttendingDelegation(r.id, r.cityId, r.headMayorId, r.representativeTitle)).toList();
    }

    /** The cities with an active delegation to the event: who hears of the event's own changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> activeCities(UUID eventId) {
        return registrations.ofEvent(eventId, Registration.ACTIVE, null).stream().map(r -> r.cityId).collect(Collectors.toSet());
    }

    /** The event's delegation figures, each counted by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DelegationCounts counts(UUID eventId) {
        return new DelegationCounts(registrations.countByStatus(eventId), registrations.countActiveByCity(eventId),
                registrations.countActiveDelegatesByCity(eventId), registrations.countActiveDelegationLanguages(eventId));
    }

    private Versioned<RegistrationDto> transition(String eventId, String registrationId, Set<RegistrationStatus> from,
            RegistrationStatus to, String verb) {
        Event event = events.lock(eventId);
        Registration r = findVisible(event, registrationId);
        if (!from.contains(r.status)) {
            throw ApiProblem.conflict("The registration is " + r.status + "; only a registration that is "
                    + String.join(" or ", from.stream().map(Enum::name).toList()) + " can be " + verb + ".");
        }
        boolean freesPlace = Registration.HOLDS_PLACE.contains(r.status) && !Registration.HOLDS_PLACE.contains(to);
        r.status = to;
        r.updatedAt = Times.now();
        if (freesPlace) {
            waitlist.promote(event);
        }
        metrics.registrationTransition(to.name(), "action");
        registrations.flush();
        if (!Registration.ACTIVE.contains(to) && r.headMayorId != null) {
            withdrawn.fire(new DelegationWithdrawn(event, r.headMayorId));
        }
        Versioned<RegistrationDto> changed = view(r);
        notify(List.of("registration." + to.name().toLowerCase(java.util.Locale.ROOT)), r, changed.body());
        return changed;
    }

    /** Subscribers of the registration's city (and the organiser's) hear of it, in this transaction (outbox). */
    private void notify(List<String> types, Registration r, RegistrationDto body) {
        notifications.fire(Notification.aboutCities(types, body, r.eventId, Set.of(r.cityId)));
    }

    private RegistrationRepository.Filter filter(Event event, RegistrationStatusDto status, String country) {
        return new RegistrationRepository.Filter(event.id, visibleCity(),
                status == null ? null : RegistrationStatus.valueOf(status.name()), cities.idsInCountry(country));
    }

    /** A partner sees its own city's registrations only; another city's is indistinguishable from a missing one. */
    private Registration findVisible(Event event, String registrationId) {
        UUID city = visibleCity();
        return Ids.parse(registrationId)
                .flatMap(registrations::findByIdOptional)
                .filter(r -> r.eventId.equals(event.id))
                .filter(r -> city == null || r.cityId.equals(city))
                .orElseThrow(() -> ApiProblem.notFound("registration", registrationId));
    }

    /** Null (every city) for the organiser only; anyone else reaching here without a city is a bug, not a reader. */
    private UUID visibleCity() {
        Caller caller = current.get();
        if (caller.isOrganiser()) {
            return null;
        }
        if (caller.isPartner() && caller.cityId() != null) {
            return caller.cityId();
        }
        throw new IllegalStateException("registrations reached without an organiser or partner caller");
    }

    /** Returns the head mayor's id (or null) once the head of delegation is valid for {@code cityId}. */
    private UUID validate(RegistrationDto in, UUID cityId) {
        Optional<Mayor> head = in.getHeadMayorId() == null ? Optional.empty() : mayors.findById(in.getHeadMayorId());
        Violations v = new Violations()
                .check(in.getHeadMayorId() != null || in.getRepresentative() != null, "headMayorId",
                        "or representative must be given: who leads the delegation")
                .check(in.getHeadMayorId() == null || head.filter(m -> m.cityId.equals(cityId)).isPresent(), "headMayorId",
                        "names no mayor or official of the registering city ('" + in.getHeadMayorId() + "')");
        if (in.getRepresentative() != null) {
            v.check(!in.getRepresentative().getFullName().isBlank(), "representative.fullName", "must not be blank")
                    .check(!in.getRepresentative().getTitle().isBlank(), "representative.title", "must not be blank");
        }
        if (in.getDelegates() != null) {
            for (int i = 0; i < in.getDelegates().size(); i++) {
                v.check(!in.getDelegates().get(i).getFullName().isBlank(), "delegates[" + i + "].fullName", "must not be blank");
                Languages.checkTags(in.getDelegates().get(i).getLanguages(), "delegates[" + i + "].languages", v);
            }
        }
        v.throwIfAny();
        return head.map(m -> m.id).orElse(null);
    }

    private static Versioned<RegistrationDto> view(Registration r) {
        return new Versioned<>(RegistrationMapper.toApi(r), r.version);
    }

    private static ApiProblem rule(String field, String message) {
        return new ApiProblem(ProblemType.REGISTRATION_CLOSED, message, List.of(new FieldViolation(field, message)));
    }
}
