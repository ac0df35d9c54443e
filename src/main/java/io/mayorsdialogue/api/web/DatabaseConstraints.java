package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;

import java.util.Locale;
import java.util.Map;

/**
 * What a refused change means, by the name of the database constraint that refused it. The foreign keys guard
 * every delete of something still referenced, so features never count another feature's rows before a delete;
 * the unique indexes catch the race where two requests passed a service's own duplicate check at once.
 * DatabaseConstraintsTest checks that every constraint named here exists in the migrations.
 */
final class DatabaseConstraints {

    /** PostgreSQL SQLSTATE of a foreign-key violation. */
    private static final String FOREIGN_KEY = "23503";

    static final Map<String, String> STILL_REFERENCED = Map.ofEntries(
            Map.entry("city_country_code_fkey", "The country still has cities; delete them or move them to another country first."),
            Map.entry("mayor_city_id_fkey", "The city still has mayors or officials in the catalogue; delete them or move them first."),
            Map.entry("event_host_city_id_fkey", "The city hosts events; delete those events or give them another host first."),
            Map.entry("partner_city_id_fkey", "The city has partner credentials (revoked ones keep the record); it cannot be deleted."),
            Map.entry("registration_city_id_fkey", "The city has delegation registrations, which keep the record; it cannot be deleted."),
            Map.entry("city_link_city_a_fkey", "The city has sister-city links; remove them first."),
            Map.entry("city_link_city_b_fkey", "The city has sister-city links; remove them first."),
            Map.entry("event_topic_topic_id_fkey", "The topic is on the agenda of an event; remove it from those events first."),
            Map.entry("event_attendee_mayor_id_fkey", "The mayor is listed as attending an event; remove them from those events' attendees first."),
            Map.entry("registration_head_mayor_id_fkey", "The mayor heads a delegation registration, which keeps the record; the mayor cannot be deleted."),
            Map.entry("registration_event_id_fkey", "The event has delegation registrations; set its status to CANCELLED instead of deleting it."),
            Map.entry("agenda_session_topic_id_fkey", "The topic has sessions on an event's agenda; change or remove those sessions first."),
            Map.entry("meeting_topic_id_fkey", "The topic is the subject of bilateral meetings; they keep the record."),
            Map.entry("agenda_session_moderator_mayor_id_fkey", "The mayor moderates a session on an event's agenda; change that session first."),
            Map.entry("agenda_session_panelist_mayor_id_fkey", "The mayor is on the panel of a session; change that session first."),
            Map.entry("meeting_requester_mayor_id_fkey", "The mayor has bilateral meetings, which keep the record; the mayor cannot be deleted."),
            Map.entry("webhook_city_id_fkey", "The city's partner has webhook subscriptions; delete them first."),
            Map.entry("meeting_counterpart_mayor_id_fkey", "The mayor has bilateral meetings, which keep the record; the mayor cannot be deleted."));

    static final Map<String, String> DUPLICATES = Map.ofEntries(
            Map.entry("country_pkey", "A country with this code already exists."),
            Map.entry("country_name_uk", "Another country already has this name."),
            Map.entry("city_country_name_uk", "A city with this name already exists in this country."),
            Map.entry("topic_title_uk", "A topic with this title already exists."),
            Map.entry("event_name_uk", "An event with this name already exists."),
            Map.entry("city_link_pair_uk", "These two cities are already linked."),
            Map.entry("registration_active_city_uk", "Your city already has an active registration for this event; update or cancel that one instead."));

    private static final String RACE = "The change conflicts with data written at the same time; fetch the current state and retry.";

    private DatabaseConstraints() {
    }

    static ApiProblem problemFor(String sqlState, String constraintName) {
        String name = constraintName == null ? "" : constraintName.toLowerCase(Locale.ROOT);
        if (FOREIGN_KEY.equals(sqlState)) {
            String referenced = STILL_REFERENCED.get(name);
            return referenced != null ? new ApiProblem(ProblemType.STILL_REFERENCED, referenced)
                    : new ApiProblem(ProblemType.CONFLICT, RACE); // a reference removed while this change was made
        }
        return ApiProblem.conflict(DUPLICATES.getOrDefault(name, RACE));
    }
}
