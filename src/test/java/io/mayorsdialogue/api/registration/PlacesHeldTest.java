package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.CapturedStatements;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The capacity check reads how many places an event's delegations hold from event_places_held, which a database
 * trigger keeps (V12__places_held.sql). Through every transition that takes or frees a place, that figure equals
 * the count of the registrations that hold one, and the waitlist moves as the capacity rule says.
 */
@QuarkusTest
class PlacesHeldTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void thePlacesHeldFollowEveryTransitionAndDecideWhoWaits() {
        Fixtures.country("KR", "South Korea");
        String host = Fixtures.city("Places host " + unique(), "KR", "Asia/Seoul");
        String event = Partners.openEvent("Places " + unique(), host, 2);
        String registrations = "/events/" + event + "/registrations/";
        Partner busan = Partners.create("KR", "Busan " + unique());
        Partner daegu = Partners.create("KR", "Daegu " + unique());
        Partner gwangju = Partners.create("KR", "Gwangju " + unique());
        Partner jeonju = Partners.create("KR", "Jeonju " + unique());

        String busans = register(event, busan, "PENDING");
        String daegus = register(event, daegu, "PENDING");
        String gwangjus = register(event, gwangju, "WAITLISTED");
        String jeonjus = register(event, jeonju, "WAITLISTED");
        assertPlacesHeld(event, 2);

        asOrganiser().post(registrations + busans + "/approve").then().statusCode(200);
        assertPlacesHeld(event, 2);                                  // PENDING -> CONFIRMED keeps its place
        asPartner(daegu.apiKey()).post(registrations + daegus + "/cancel").then().statusCode(200);
        assertStatus(event, gwangjus, "PENDING");                    // the freed place goes to the oldest waiting
        assertPlacesHeld(event, 2);
        asOrganiser().post(registrations + gwangjus + "/reject").then().statusCode(200);
        assertStatus(event, jeonjus, "PENDING");
        assertPlacesHeld(event, 2);
        asPartner(busan.apiKey()).post(registrations + busans + "/cancel").then().statusCode(200);
        assertPlacesHeld(event, 1);                                  // nobody left waiting
        register(event, daegu, "PENDING");                           // so a new delegation gets the free place
        assertPlacesHeld(event, 2);
    }

    @Test
    void aRegistrationDoesNotCountTheEventsRegistrations() {
        Fixtures.country("KR", "South Korea");
        String host = Fixtures.city("Counted host " + unique(), "KR", "Asia/Seoul");
        String event = Partners.openEvent("Counted " + unique(), host, 5);
        CapturedStatements.clear();
        register(event, Partners.create("KR", "Ulsan " + unique()), "PENDING");
        assertThat(CapturedStatements.last(s -> s.contains("count(") && s.contains("status in"))).isEmpty();
        assertThat(CapturedStatements.last(s -> s.contains("join event_places_held"))).isPresent();
    }

    private String register(String event, Partner p, String expectedStatus) {
        return asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    private void assertStatus(String event, String registration, String status) {
        asOrganiser().get("/events/" + event + "/registrations/" + registration).then().statusCode(200)
                .body("status", equalTo(status));
    }

    /** The kept figure, and the count it stands for, both read from the database. */
    private void assertPlacesHeld(String event, int expected) {
        Map<String, Number> figures = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                    select (select held from event_places_held where event_id = :event),
                           (select count(*) from registration
                            where event_id = :event and status in ('PENDING', 'CONFIRMED', 'CHECKED_IN'))""")
                    .setParameter("event", UUID.fromString(event)).getSingleResult();
            return Map.of("kept", (Number) row[0], "counted", (Number) row[1]);
        });
        assertThat(figures.get("counted").intValue()).as("registrations holding a place").isEqualTo(expected);
        assertThat(figures.get("kept").intValue()).as("event_places_held").isEqualTo(expected);
    }
}
