package io.mayorsdialogue.api.stats;

import io.mayorsdialogue.api.agenda.MeetingService;
import io.mayorsdialogue.api.agenda.SessionService;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.model.CountryCountDto;
import io.mayorsdialogue.api.model.EventStatsDto;
import io.mayorsdialogue.api.model.LanguageCountDto;
import io.mayorsdialogue.api.model.MeetingCountsDto;
import io.mayorsdialogue.api.model.StatusCountDto;
import io.mayorsdialogue.api.model.TopicCountDto;
import io.mayorsdialogue.api.registration.DelegationCounts;
import io.mayorsdialogue.api.registration.RegistrationService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An event's figures. Every count is an SQL aggregate in the feature that owns the rows; here they are only put
 * together (counts by city folded into counts by country). No names: the answer is public.
 */
@Singleton
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    private final EventService events;
    private final RegistrationService registrations;
    private final SessionService sessions;
    private final MeetingService meetings;
    private final CityService cities;

    StatsService(EventService events, RegistrationService registrations, SessionService sessions, MeetingService meetings,
            CityService cities) {
        this.events = events;
        this.registrations = registrations;
        this.sessions = sessions;
        this.meetings = meetings;
        this.cities = cities;
    }

    public EventStatsDto stats(String eventId) {
        Event event = events.find(eventId);
        DelegationCounts delegations = registrations.counts(event.id);
        Map<UUID, CitySummary> cityOf = cities.summaries(delegations.activeByCity().stream().map(c -> UUID.fromString(c.key())).toList());
        // every active delegation has a head, counted once per delegation, plus its members
        Map<String, Integer> delegatesByCountry = byCountry(delegations.activeByCity(), cityOf);
        byCountry(delegations.membersByCity(), cityOf).forEach((country, n) -> delegatesByCountry.merge(country, n, Integer::sum));
        Map<String, Long> meetingCounts = meetings.countByStatus(event.id).stream().collect(Collectors.toMap(KeyCount::key, KeyCount::count));
        return new EventStatsDto()
                .eventId(event.id.toString())
                .delegationsByStatus(delegations.byStatus().stream()
                        .map(c -> new StatusCountDto().status(c.key()).count(c.count().intValue())).toList())
                .delegationsByCountry(countries(byCountry(delegations.activeByCity(), cityOf)))
                .delegatesByCountry(countries(delegatesByCountry))
                .sessionsByTopic(sessions.countByTopic(event.id).stream()
                        .map(c -> new TopicCountDto().topicId(c.key() == null ? "none" : c.key()).count(c.count().intValue())).toList())
                .meetings(new MeetingCountsDto()
                        .requested(meetingCounts.getOrDefault("REQUESTED", 0L).intValue())
                        .accepted(meetingCounts.getOrDefault("ACCEPTED", 0L).intValue())
                        .declined(meetingCounts.getOrDefault("DECLINED", 0L).intValue())
                        .cancelled(meetingCounts.getOrDefault("CANCELLED", 0L).intValue()))
                .languagesNeeded(delegations.spokenLanguages().stream()
                        .map(c -> new LanguageCountDto().language(c.key()).count(c.count().intValue())).toList());
    }

    private static Map<String, Integer> byCountry(List<KeyCount> byCity, Map<UUID, CitySummary> cityOf) {
        Map<String, Integer> byCountry = new TreeMap<>();
        byCity.forEach(c -> byCountry.merge(cityOf.get(UUID.fromString(c.key())).countryCode(), c.count().intValue(), Integer::sum));
        return byCountry;
    }

    private static List<CountryCountDto> countries(Map<String, Integer> byCountry) {
        return byCountry.entrySet().stream().map(e -> new CountryCountDto().countryCode(e.getKey()).count(e.getValue())).toList();
    }
}
