package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.CapturedStatements;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.GenericPlans;
import io.mayorsdialogue.api.support.HeldRowLock;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The attendee list is read from event_attendance, which database triggers keep (V8__event_attendance.sql,
 * V15__attendance_display_columns.sql). After every kind of change that makes a mayor attend or stop attending, and
 * every change of what the list shows of a mayor or a city, the list answers what the sources say, and the table holds
 * exactly one row per attending mayor, with the number of facts behind it and the mayor's and city's current columns.
 */
@QuarkusTest
class AttendanceTest extends ApiTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

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
    void theAttendeeListShowsTheMayorAndTheCityAsTheyAreNow() {
        Fixtures.country("JP", "Japan");
        Fixtures.country("KR", "South Korea");
        String host = Fixtures.city("Shown host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Shown " + unique(), host, null);
        String mayorsCity = Fixtures.city("Shown seat " + unique(), "JP", "Asia/Tokyo");
        String name = "Shown Mayor " + unique();
        String mayor = Fixtures.mayor(name, mayorsCity);
        asOrganiser().put("/events/" + event + "/attendees/" + mayor).then().statusCode(204);
        assertShown(event, "Mayor", mayorsCity, "Shown seat", "JP", "en");

        api().body(Map.of("fullName", name, "title", "Governor", "cityId", mayorsCity, "languages", List.of("en")))
                .put("/mayors/" + mayor).then().statusCode(200);
        assertShown(event, "Governor", mayorsCity, "Shown seat", "JP", "en");

        String newCity = Fixtures.city("Shown new seat " + unique(), "KR", "Asia/Seoul");
        api().body(Map.of("fullName", name, "title", "Governor", "cityId", newCity, "languages", List.of("ko", "ja")))
                .put("/mayors/" + mayor).then().statusCode(200);
        assertShown(event, "Governor", newCity, "Shown new seat", "KR", "ko", "ja");

        String renamed = "Shown renamed seat " + unique();
        api().body(Map.of("name", renamed, "countryCode", "JP", "adminLevel", "CITY", "timeZone", "Asia/Tokyo"))
                .put("/cities/" + newCity).then().statusCode(200);
        assertShown(event, "Governor", newCity, renamed, "JP", "ko", "ja");
        assertAttendees(event, mayor);
    }

    @Test
    void aMayorWhoBeginsToAttendWhileTheCityIsRenamedIsShownWithTheNewName() throws Exception {
        // the attendance row copies the city's name: without the share lock it would copy the name from before a
        // rename still uncommitted, and the rename's trigger, not seeing the new row, would leave it stale
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Racing host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Racing " + unique(), host, null);
        String city = Fixtures.city("Racing seat " + unique(), "JP", "Asia/Tokyo");
        String mayor = Fixtures.mayor("Racing Mayor " + unique(), city);
        String renamed = "Racing renamed seat " + unique();

        assertThat(duringAnUncommittedRename(city, renamed,
                () -> asOrganiser().put("/events/" + event + "/attendees/" + mayor).statusCode())).isEqualTo(204);
        assertShown(event, "Mayor", city, renamed, "JP", "en");
        assertAttendees(event, mayor);
    }

    @Test
    void aMayorWhoMovesToACityWhileItIsRenamedIsShownWithTheNewName() throws Exception {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Moving host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Moving " + unique(), host, null);
        String name = "Moving Mayor " + unique();
        String mayor = Fixtures.mayor(name, host);
        asOrganiser().put("/events/" + event + "/attendees/" + mayor).then().statusCode(204);
        String city = Fixtures.city("Moving seat " + unique(), "JP", "Asia/Tokyo");
        String renamed = "Moving renamed seat " + unique();

        assertThat(duringAnUncommittedRename(city, renamed, () -> api()
                .body(Map.of("fullName", name, "title", "Mayor", "cityId", city, "languages", List.of("en")))
                .put("/mayors/" + mayor).statusCode())).isEqualTo(200);
        assertShown(event, "Mayor", city, renamed, "JP", "en");
        assertAttendees(event, mayor);
    }

    /** Sends the call while the city's rename is held uncommitted, then commits it; the call must wait for it. */
    private int duringAnUncommittedRename(String city, String renamed, Callable<Integer> call) throws Exception {
        Parallel.Started<Integer> started;
        try (HeldRowLock rename = HeldRowLock.changing(dataSource, "city", UUID.fromString(city), "name", renamed)) {
            started = Parallel.start(1, List.of(call));
            rename.awaitBlocked(1, Duration.ofSeconds(10));
        }
        return started.answers().get(0);
    }

    private void assertShown(String event, String title, String cityId, String cityName, String countryCode,
            String... languages) {
        given().get("/events/" + event + "/attendees").then().statusCode(200)
                .body("items[0].title", equalTo(title), "items[0].cityId", equalTo(cityId),
                        "items[0].cityName", startsWith(cityName), "items[0].countryCode", equalTo(countryCode),
                        "items[0].languages", contains(languages));
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
        assertThat(GenericPlans.of(em, page, "enable_seqscan", "enable_bitmapscan", "enable_sort"))
                .contains("Index Only Scan using event_attendance_page_idx").doesNotContain(" on mayor").doesNotContain(" on city")
                .doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    private String register(String event, Partner p) {
        return asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    /** The list in order, and event_attendance equal to its sources: one row per mayor, counted, shown as now. */
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
                    select a.mayor_id, a.sources from event_attendance a
                    join mayor m on m.id = a.mayor_id join city c on c.id = m.city_id
                    where a.event_id = :event and a.full_name = m.full_name and a.title = m.title
                        and a.city_id = m.city_id and a.city_name = c.name and a.country_code = c.country_code
                        and a.languages = m.languages)
                select count(*) from ((table sources except table kept) union all (table kept except table sources)) d
                """).setParameter("event", UUID.fromString(event)).getSingleResult()).longValue());
        assertThat(disagreeing).as("event_attendance rows that disagree with their sources").isZero();
    }
}
