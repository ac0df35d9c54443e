package io.mayorsdialogue.api.protocol;

import io.mayorsdialogue.api.attendee.AttendeeService;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.country.CountryService;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.model.ProtocolOrderDto;
import io.mayorsdialogue.api.model.ProtocolPositionDto;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.registration.AttendingDelegation;
import io.mayorsdialogue.api.registration.RegistrationService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Speaking and seating order of the attending delegations. The host city always comes first; the others follow
 * one of three documented rules, and each position says which rule (and which step of it) placed it there.
 */
@Singleton
@Transactional(Transactional.TxType.SUPPORTS)
public class ProtocolService {

    /** How the delegations after the host are ordered. */
    public enum Rule {
        RANK, ALPHABETICAL, REGISTRATION;

        public static Rule of(String name) {
            for (Rule rule : values()) {
                if (rule.name().equalsIgnoreCase(name == null ? "rank" : name)) {
                    return rule;
                }
            }
            throw ApiProblem.badRequest("rule", "must be one of rank, alphabetical, registration");
        }
    }

    private final EventService events;
    private final RegistrationService registrations;
    private final AttendeeService attendees;
    private final MayorService mayors;
    private final CityService cities;
    private final CountryService countries;

    ProtocolService(EventService events, RegistrationService registrations, AttendeeService attendees, MayorService mayors,
            CityService cities, CountryService countries) {
        this.events = events;
        this.registrations = registrations;
        this.attendees = attendees;
        this.mayors = mayors;
        this.cities = cities;
        this.countries = countries;
    }

    private record Seat(UUID cityId, UUID registrationId, UUID headMayorId, String headTitle, int rank) {
    }

    public ProtocolOrderDto order(String eventId, Rule rule) {
        Event event = events.find(eventId);
        List<AttendingDelegation> delegations = registrations.attendingDelegations(event.id);
        List<UUID> recorded = attendees.recordedMayors(event.id);
        Set<UUID> mayorIds = new HashSet<>(recorded);
        delegations.stream().map(AttendingDelegation::headMayorId).filter(java.util.Objects::nonNull).forEach(mayorIds::add);
        Map<UUID, Mayor> heads = mayors.byIds(mayorIds);
        Set<UUID> cityIds = new HashSet<>(List.of(event.hostCityId));
        delegations.forEach(d -> cityIds.add(d.cityId()));
        Map<UUID, CitySummary> cityOf = cities.summaries(cityIds);
        Map<String, String> countryNames = countries.names(cityOf.values().stream().map(CitySummary::countryCode).toList());

        List<Seat> seats = new ArrayList<>();
        for (AttendingDelegation d : delegations) {
            Mayor head = d.headMayorId() == null ? null : heads.get(d.headMayorId());
            String title = head != null ? head.title : d.representativeTitle();
            seats.add(new Seat(d.cityId(), d.registrationId(), d.headMayorId(), title, head == null ? 3 : rank(title)));
        }
        Seat host = seats.stream().filter(s -> s.cityId().equals(event.hostCityId)).findFirst()
                .orElseGet(() -> hostWithoutRegistration(event, recorded, heads));
        seats.remove(host);
        Comparator<Seat> byCountryThenCity = Comparator.<Seat, String>comparing(s -> countryNames.getOrDefault(
                cityOf.get(s.cityId()).countryCode(), "")).thenComparing(s -> cityOf.get(s.cityId()).name());
        if (rule == Rule.RANK) {
            seats.sort(Comparator.comparingInt(Seat::rank).thenComparing(byCountryThenCity));
        } else if (rule == Rule.ALPHABETICAL) {
            seats.sort(byCountryThenCity);
        } // REGISTRATION: delegations arrive in the order they registered

        List<ProtocolPositionDto> positions = new ArrayList<>();
        positions.add(position(1, host, "host city first", cityOf, countryNames, heads));
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            positions.add(position(i + 2, s, placedBy(rule, s, i == 0 ? null : seats.get(i - 1), cityOf, countryNames),
                    cityOf, countryNames, heads));
        }
        return new ProtocolOrderDto().eventId(event.id.toString()).rule(ProtocolOrderDto.RuleEnum.fromValue(rule.name().toLowerCase(Locale.ROOT)))
                .positions(positions);
    }

    /**
     * The host city, led by the mayor of it the organiser recorded as attending (if any): one in office on the event's
     * first day before a former one (a past mayor may attend as a guest), then by rank, then by name.
     */
    private static Seat hostWithoutRegistration(Event event, List<UUID> recorded, Map<UUID, Mayor> heads) {
        LocalDate firstDay = LocalDate.ofInstant(event.startsAt, ZoneId.of(event.timeZone));
        Optional<Mayor> hostMayor = recorded.stream().map(heads::get).filter(m -> m != null && m.cityId.equals(event.hostCityId))
                .min(Comparator.comparing((Mayor m) -> !m.inOfficeOn(firstDay)).thenComparingInt(m -> rank(m.title))
                        .thenComparing(m -> m.fullName));
        return new Seat(event.hostCityId, null, hostMayor.map(m -> m.id).orElse(null), hostMayor.map(m -> m.title).orElse(null), 0);
    }

    /** 1: a mayor; 2: a deputy (or vice) mayor; 3: any other title. */
    static int rank(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (!t.matches(".*\\bmayor\\b.*")) {
            return 3;
        }
        return t.contains("deputy") || t.contains("vice") ? 2 : 1;
    }

    /** Which step of the rule separated this seat from the one before it. */
    private static String placedBy(Rule rule, Seat s, Seat before, Map<UUID, CitySummary> cityOf, Map<String, String> countryNames) {
        if (rule == Rule.REGISTRATION) {
            return "order of registration";
        }
        String rankName = switch (s.rank()) {
            case 1 -> "mayor";
            case 2 -> "deputy mayor";
            default -> "other title";
        };
        if (rule == Rule.RANK && (before == null || before.rank() != s.rank())) {
            return "head's rank: " + rankName;
        }
        String country = countryNames.getOrDefault(cityOf.get(s.cityId()).countryCode(), "");
        boolean sameCountry = before != null && country.equals(countryNames.getOrDefault(cityOf.get(before.cityId()).countryCode(), ""));
        String prefix = rule == Rule.RANK ? "head's rank: " + rankName + ", then " : "";
        return prefix + (sameCountry ? "city name" : "country name");
    }

    private static ProtocolPositionDto position(int n, Seat s, String placedBy, Map<UUID, CitySummary> cityOf,
            Map<String, String> countryNames, Map<UUID, Mayor> heads) {
        CitySummary city = cityOf.get(s.cityId());
        Mayor head = s.headMayorId() == null ? null : heads.get(s.headMayorId());
        return new ProtocolPositionDto().position(n).cityId(city.id().toString()).cityName(city.name())
                .countryCode(city.countryCode()).countryName(countryNames.get(city.countryCode()))
                .registrationId(s.registrationId() == null ? null : s.registrationId().toString())
                .headMayorId(s.headMayorId() == null ? null : s.headMayorId().toString())
                .headName(head == null ? null : head.fullName).headTitle(s.headTitle()).placedBy(placedBy);
    }
}
