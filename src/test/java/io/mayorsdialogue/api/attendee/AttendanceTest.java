package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.CapturedStatements;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.GenericPlans;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/**
 * The attendee list is read from event_attendance, which database triggers keep (V8__event_attendance.sql). After
 * every kind of change that makes a mayor attend or stop attending, the list answers what the sources say, and the
 * table holds exactly one row per attending mayor, with the number of facts behind it and the mayor's current name.
 */
@QuarkusTest
class AttendanceTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void theAttendeeListFollowsEveryChangeThatMakesAMayorAttend() {
        Fixtures.country("JP", "Japan");
        Fixtures.country("CN", "China");
        String host = Fixtures.city("Attendance host " + unique(), "CN", "Asia/Shanghai");
        String event = Partners.openEvent("Attendance " + unique(), host, 10);
        Partner akita = Partners.create("JP", "Akita " + unique());
        Partner beppu = Partners.create("JP", "Beppu " + unique());
        String registrations = "/events/" + event + "/registrations/";
        String akitas = register(event, akita);
        String beppus = register(event, beppu);
        assertAttendees(event);                                    // pending delegations do not attend

        asOrganiser().post(registrations + akitas + "/approve").then().statusCode(200);
        assertAttendees(event, akita.mayorId());
        asOrganiser().put("/events/" + event + "/attendees/" + akita.mayorId()).then().statusCode(204);
        assertAttendees(event, akita.mayorId());                   // recorded and heading: listed once
        asOrganiser().post(registrations + beppus + "/approve").then().statusCode(200);
        assertAttendees(event, akita.mayorId(), beppu.mayorId());  // "Mayor of Akita…" before "Mayor of Beppu…"

        api().body(Map.of("fullName", "Aaron Beppu " + unique(), "title", "Mayor", "cityId", beppu.cityId(),
                "languages", List.of("ja"))).put("/mayors/" + beppu.mayorId()).then().statusCode(200);
        assertAttendees(event, beppu.mayorId(), akita.mayorId());  // renamed: sorted by the new name

        asOrganiser().delete("/events/" + event + "/attendees/" + akita.mayorId()).then().statusCode(204);
        assertAttendees(event, beppu.mayorId(), akita.mayorId());  // still heads a confirmed delegation
        asPartner(akita.apiKey()).post(registrations + akitas + "/cancel").then().statusCode(200);
        assertAttendees(event, beppu.mayorId());
    }

    @Test
    void anAttendeePageIsOneWalkOfTheAttendanceIndex() {
        Fixtures.country("CN", "China");
        String host = Fixtures.city("Indexed host " + unique(), "CN", "Asia/Shanghai");
        String event = Partners.openEvent("Indexed " + unique(), host, null);
        for (String name : List.of("Indexed A ", "Indexed B ", "Indexed C ")) {
            asOrganiser().put("/events/" + event + "/attendees/" + Fixtures.mayor(name + unique(), host)).then().statusCode(204);
        }
        String next = given().queryParam("limit", 1).get("/events/" + event + "/attendees").then().extract().path("next");
        CapturedStatements.clear();
        given().queryParam("limit", 1).queryParam("cursor", next).get("/events/" + event + "/attendees").then().statusCode(200);
        String page = CapturedStatements.last(s -> s.contains("from event_attendance")).orElseThrow();
        assertThat(GenericPlans.of(em, page, "enable_seqscan", "enable_bitmapscan", "enable_sort")).contains("event_attendance_page_idx").doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    private String register(String event, Partner p) {
        return asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    /** The list in order, and event_attendance equal to its sources: one row per mayor, counted, named as now. */
    private void assertAttendees(String event, String... mayorIds) {
        var list = given().get("/events/" + event + "/attendees").then().statusCode(200);
        if (mayorIds.length == 0) {
            list.body("items", empty());
        } else {
            list.body("items.mayorId", contains(mayorIds));
        }
        long disagreeing = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                with sources as (
                    select mayor_id, count(*) as sources from (
                        select mayor_id from event_attendee where event_id = :event
                        union all
                        select head_mayor_id from registration
                        where event_id = :event and status in ('CONFIRMED', 'CHECKED_IN') and head_mayor_id is not null) s
                    group by mayor_id),
                kept as (
                    select a.mayor_id, a.sources from event_attendance a join mayor m on m.id = a.mayor_id
                    where a.event_id = :event and a.full_name = m.full_name)
                select count(*) from ((table sources except table kept) union all (table kept except table sources)) d
                """).setParameter("event", UUID.fromString(event)).getSingleResult()).longValue());
        assertThat(disagreeing).as("event_attendance rows that disagree with their sources").isZero();
    }
}
