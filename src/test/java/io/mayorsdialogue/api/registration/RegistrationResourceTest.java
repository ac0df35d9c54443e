package io.mayorsdialogue.api.registration;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RegistrationResourceTest extends ApiTest {

    @Inject
    EntityManager em;

    private Partner shimonoseki;
    private Partner busan;
    private String host;

    @BeforeEach
    void set() {
        Fixtures.country("JP", "Japan");
        Fixtures.country("KR", "South Korea");
        Fixtures.country("CN", "China");
        shimonoseki = Partners.create("JP", "Shimonoseki " + unique());
        busan = Partners.create("KR", "Busan " + unique());
        host = Fixtures.city("Host " + unique(), "CN", "Asia/Shanghai");
    }

    private String path(String event) {
        return "/events/" + event + "/registrations";
    }

    @Test
    void aPartnerRegistersItsCityAndTheOrganiserTakesItThroughTheWorkflow() {
        String event = Partners.openEvent("Workflow " + unique(), host, 10);
        Map<String, Object> body = new HashMap<>(Partners.delegation(shimonoseki));
        body.put("status", "CONFIRMED");          // server-owned: ignored
        body.put("cityId", busan.cityId());       // server-owned: ignored
        body.put("id", "00000000-0000-0000-0000-000000000000");
        var created = asPartner(shimonoseki.apiKey()).body(body).post(path(event))
                .then().statusCode(201)
                .header("Location", containsString(path(event) + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("PENDING"), "cityId", equalTo(shimonoseki.cityId()), "eventId", equalTo(event),
                        "delegates[0].role", equalTo("INTERPRETER"), "delegates[0].email", equalTo("interpreter@example.org"))
                .extract();
        String id = created.path("id");
        assertThat(id).isNotEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(created.header("Location"))
                .isEqualTo(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + path(event) + "/" + id);

        given().get("/events/" + event + "/attendees").then().body("items", empty()); // pending: not attending yet
        asPartner(shimonoseki.apiKey()).post(path(event) + "/" + id + "/approve").then().statusCode(403);
        asOrganiser().post(path(event) + "/" + id + "/check-in").then().statusCode(409)
                .body("detail", containsString("PENDING"));
        asOrganiser().post(path(event) + "/" + id + "/approve").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().get("/events/" + event + "/attendees").then().body("items.mayorId", contains(shimonoseki.mayorId()));
        asOrganiser().post(path(event) + "/" + id + "/approve").then().statusCode(409).body("detail", containsString("CONFIRMED"));
        asOrganiser().post(path(event) + "/" + id + "/check-in").then().statusCode(200).body("status", equalTo("CHECKED_IN"));
        asPartner(shimonoseki.apiKey()).post(path(event) + "/" + id + "/cancel").then().statusCode(409)
                .body("detail", containsString("CHECKED_IN"));
    }

    @Test
    void oneActiveRegistrationPerCityAndACancelledOneFreesTheCity() {
        String event = Partners.openEvent("Once " + unique(), host, null);
        String first = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().statusCode(201).extract().path("id");
        asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().statusCode(409).body("detail", containsString(first));
        asPartner(busan.apiKey()).post(path(event) + "/" + first + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event)).then().statusCode(201);
    }

    @Test
    void beyondCapacityIsWaitlistedAndAFreedPlaceGoesToTheOldestWaitlisted() {
        String event = Partners.openEvent("Small room " + unique(), host, 1);
        Partner third = Partners.create("JP", "Hagi " + unique());
        String a = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        String b = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");
        String c = asPartner(third.apiKey()).body(Partners.delegation(third)).post(path(event))
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");

        asOrganiser().post(path(event) + "/" + a + "/approve").then().statusCode(200);
        asPartner(shimonoseki.apiKey()).post(path(event) + "/" + a + "/cancel").then().statusCode(200);

        asOrganiser().get(path(event) + "/" + b).then().body("status", equalTo("PENDING"));
        asOrganiser().get(path(event) + "/" + c).then().body("status", equalTo("WAITLISTED"));
        asOrganiser().queryParam("status", "PENDING").get(path(event)).then().body("items.id", contains(b));
    }

    @Test
    void rejectingAPendingDelegationHandsItsPlaceToTheWaitlist() {
        String event = Partners.openEvent("Rejections " + unique(), host, 1);
        String a = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().body("status", equalTo("PENDING")).extract().path("id");
        String b = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().body("status", equalTo("WAITLISTED")).extract().path("id");
        asOrganiser().post(path(event) + "/" + a + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        asOrganiser().get(path(event) + "/" + b).then().body("status", equalTo("PENDING"));
        asOrganiser().post(path(event) + "/" + a + "/reject").then().statusCode(409).body("detail", containsString("REJECTED"));
    }

    @Test
    void theWaitlistMovesOnlyWhileTheEventIsOpen() {
        String name = "Closing " + unique();
        String event = Partners.openEvent(name, host, 1);
        String a = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().body("status", equalTo("PENDING")).extract().path("id");
        String b = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().body("status", equalTo("WAITLISTED")).extract().path("id");
        api().body(eventBody(name, "CLOSED", 1, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200);
        asPartner(shimonoseki.apiKey()).post(path(event) + "/" + a + "/cancel").then().statusCode(200);
        asOrganiser().get(path(event) + "/" + b).then().body("status", equalTo("WAITLISTED"));
        // reopening announces the free place, and the waitlist moves then
        api().body(eventBody(name, "OPEN", 1, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200);
        asOrganiser().get(path(event) + "/" + b).then().body("status", equalTo("PENDING"));
    }

    @Test
    void afterTheDeadlineAPartnerCanNoLongerEditButTheOrganiserCan() {
        String name = "Deadline " + unique();
        String event = Partners.openEvent(name, host, null);
        var created = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(201).extract();
        String url = path(event) + "/" + created.path("id");
        api().body(eventBody(name, "OPEN", null, Dates.inDays(-1, "23:59"))).put("/events/" + event).then().statusCode(200);
        asPartner(shimonoseki.apiKey()).header("If-Match", created.header("ETag"))
                .body(Map.of("headMayorId", shimonoseki.mayorId(), "notes", "Too late")).put(url)
                .then().statusCode(422).body("type", endsWith("/registration-closed"),
                        "errors[0].field", equalTo("registrationDeadline"));
        asOrganiser().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("headMayorId", shimonoseki.mayorId(), "notes", "Changed by the organiser")).put(url)
                .then().statusCode(200).body("notes", equalTo("Changed by the organiser"));
    }

    /** Register-cancel loops stop at the quota (3 in the test profile); other cities are unaffected. */
    @Test
    void aCityMayMakeOnlySoManyRegistrationsForOneEvent() {
        String event = Partners.openEvent("Quota " + unique(), host, null);
        for (int i = 0; i < 3; i++) {
            String id = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                    .then().statusCode(201).extract().path("id");
            asPartner(shimonoseki.apiKey()).post(path(event) + "/" + id + "/cancel").then().statusCode(200);
        }
        asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(422).body("type", endsWith("/registration-quota"), "detail", containsString("3 registrations"));
        asOrganiser().get(path(event)).then().body("items.status", contains("CANCELLED", "CANCELLED", "CANCELLED"));
        asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event)).then().statusCode(201);
    }

    /** The state table of EventStatus: once the event has started, only the organiser may change or cancel. */
    @Test
    void onceTheEventHasStartedPartnersCanNeitherChangeNorCancel() {
        String name = "Started " + unique();
        String event = Partners.openEvent(name, host, null);
        var created = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(201).extract();
        String url = path(event) + "/" + created.path("id");
        Map<String, Object> started = new HashMap<>(Map.of("name", name, "hostCityId", host, "status", "OPEN",
                "startsAt", Dates.inDays(-1, "09:00"), "endsAt", Dates.inDays(1, "17:30")));
        api().body(started).put("/events/" + event).then().statusCode(200);

        asPartner(shimonoseki.apiKey()).header("If-Match", created.header("ETag"))
                .body(Map.of("headMayorId", shimonoseki.mayorId(), "notes", "Mid-event")).put(url)
                .then().statusCode(422).body("type", endsWith("/registration-closed"), "errors[0].field", equalTo("startsAt"));
        asPartner(shimonoseki.apiKey()).post(url + "/cancel")
                .then().statusCode(422).body("errors[0].field", equalTo("startsAt"));
        asOrganiser().get(url).then().body("status", equalTo("PENDING"), "notes", not(equalTo("Mid-event")));
        asOrganiser().post(url + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    /** CLOSED: registration and amendments are over, but a city that cannot come may still say so. */
    @Test
    void whileClosedPartnersMayCancelButNotChangeAndOnceCompletedNeither() {
        String name = "Closing " + unique();
        String event = Partners.openEvent(name, host, null);
        var first = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(201).extract();
        String second = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().statusCode(201).extract().path("id");
        api().body(eventBody(name, "CLOSED", null, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200);

        String url = path(event) + "/" + first.path("id");
        asPartner(shimonoseki.apiKey()).header("If-Match", first.header("ETag"))
                .body(Map.of("headMayorId", shimonoseki.mayorId(), "notes", "After closing")).put(url)
                .then().statusCode(422).body("errors[0].field", equalTo("status"), "detail", containsString("CLOSED"));
        asPartner(shimonoseki.apiKey()).post(url + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));

        api().body(eventBody(name, "COMPLETED", null, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200);
        asPartner(busan.apiKey()).post(path(event) + "/" + second + "/cancel")
                .then().statusCode(422).body("errors[0].field", equalTo("status"), "detail", containsString("COMPLETED"));
        asOrganiser().get(path(event) + "/" + second).then().body("status", equalTo("PENDING"));
    }

    @Test
    void theCapacityCannotGoBelowThePlacesDelegationsHold() {
        String name = "Shrinking " + unique();
        String event = Partners.openEvent(name, host, 3);
        for (Partners.Partner p : List.of(shimonoseki, busan)) {
            asPartner(p.apiKey()).body(Partners.delegation(p)).post(path(event)).then().statusCode(201).body("status", equalTo("PENDING"));
        }
        api().body(eventBody(name, "OPEN", 1, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(409)
                .body("detail", containsString("hold 2 places"), "detail", containsString("capacity of 1"));
        given().get("/events/" + event).then().body("capacity", equalTo(3));
        // down to the places held is fine
        api().body(eventBody(name, "OPEN", 2, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200)
                .body("capacity", equalTo(2));
        // an event left over its capacity before this rule can still be edited (or cancelled) without lowering it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update event set capacity = 1 where id = cast(?1 as uuid)")
                .setParameter(1, event).executeUpdate());
        api().body(eventBody(name, "CLOSED", 1, Dates.inDays(60, "23:59"))).put("/events/" + event).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    /** The body of Partners.openEvent's event, with another status, capacity or deadline. */
    private Map<String, Object> eventBody(String name, String status, Integer capacity, String deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "hostCityId", host, "status", status,
                "startsAt", Dates.inDays(90, "09:00"), "endsAt", Dates.inDays(90, "17:30"), "registrationDeadline", deadline));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return body;
    }

    @Test
    void raisingTheCapacityHandsTheNewPlacesToTheWaitlist() {
        String event = Partners.openEvent("Bigger room " + unique(), host, 1);
        asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event)).then().statusCode(201);
        String waiting = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().body("status", equalTo("WAITLISTED")).extract().path("id");
        Map<String, Object> bigger = new HashMap<>(Map.of("name", "Bigger room " + unique(), "hostCityId", host,
                "status", "OPEN", "capacity", 2, "startsAt", Dates.inDays(90, "09:00"), "endsAt", Dates.inDays(90, "17:30"),
                "registrationDeadline", Dates.inDays(60, "23:59")));
        api().body(bigger).put("/events/" + event).then().statusCode(200);
        asOrganiser().get(path(event) + "/" + waiting).then().body("status", equalTo("PENDING"));
    }

    @Test
    void nullMembersAndOverlongLanguageTagsAreTheClientsError() {
        String event = Partners.openEvent("Strict " + unique(), host, null);
        List<Object> members = new ArrayList<>();
        members.add(null);
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("headMayorId", busan.mayorId());
        withNull.put("delegates", members);
        asPartner(busan.apiKey()).body(withNull).post(path(event)).then().statusCode(400)
                .body("errors[0].field", equalTo("delegates[0]"));
        asPartner(busan.apiKey()).body(Map.of("headMayorId", busan.mayorId(), "delegates", List.of(Map.of(
                "fullName", "Long tag", "role", "STAFF", "languages", List.of("en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd")))))
                .post(path(event)).then().statusCode(400);
        asOrganiser().get(path(event)).then().body("items", empty());
    }

    @Test
    void registrationIsRefusedUnlessTheEventIsOpenAndBeforeItsDeadline() {
        String draft = Fixtures.draftEvent("Draft " + unique(), host);
        asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(draft))
                .then().statusCode(404); // a draft does not exist for anyone but the organiser
        String closed = api().body(Map.of("name", "Closed " + unique(), "hostCityId", host, "status", "CLOSED",
                "startsAt", Dates.inDays(30, "09:00"), "endsAt", Dates.inDays(30, "17:00"))).post("/events").then().statusCode(201)
                .extract().path("id");
        asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(closed))
                .then().statusCode(422).body("detail", containsString("CLOSED"));
        String past = api().body(Map.of("name", "Past " + unique(), "hostCityId", host, "status", "OPEN",
                        "startsAt", "2024-05-01T09:00:00+08:00", "endsAt", "2024-05-01T17:00:00+08:00"))
                .post("/events").then().statusCode(201).extract().path("id");
        asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(past))
                .then().statusCode(422).body("errors[0].field", equalTo("startsAt")); // it has no deadline: its start closed it
        asOrganiser().get(path(past)).then().body("items", empty());
    }

    @Test
    void theHeadMustBeAnOfficialOfTheRegisteringCityOrARepresentative() {
        String event = Partners.openEvent("Heads " + unique(), host, null);
        asPartner(shimonoseki.apiKey()).body(Map.of("headMayorId", busan.mayorId())).post(path(event))
                .then().statusCode(422).body("errors[0].field", equalTo("headMayorId"));
        asPartner(shimonoseki.apiKey()).body(Map.of("notes", "no head")).post(path(event))
                .then().statusCode(422).body("errors[0].field", equalTo("headMayorId"));
        asPartner(shimonoseki.apiKey())
                .body(Map.of("representative", Map.of("fullName", "Kenta Ishii", "title", "Director-General")))
                .post(path(event))
                .then().statusCode(201).body("representative.title", equalTo("Director-General"));
    }

    @Test
    void partnersSeeOnlyTheirOwnCityAndOrganisersSeeAll() {
        String event = Partners.openEvent("Privacy " + unique(), host, null);
        String mine = asPartner(shimonoseki.apiKey()).body(Partners.delegation(shimonoseki)).post(path(event))
                .then().statusCode(201).extract().path("id");
        String theirs = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event))
                .then().statusCode(201).extract().path("id");

        asPartner(shimonoseki.apiKey()).get(path(event)).then().statusCode(200).body("items.id", contains(mine));
        asPartner(shimonoseki.apiKey()).get(path(event) + "/" + theirs).then().statusCode(404);
        asPartner(shimonoseki.apiKey()).post(path(event) + "/" + theirs + "/cancel").then().statusCode(404);
        asOrganiser().get(path(event)).then().body("items.id", contains(mine, theirs));
        asOrganiser().queryParam("country", "KR").get(path(event)).then().body("items.id", contains(theirs));
        given().get(path(event)).then().statusCode(401);
        asOrganiser().get(path(event) + "/" + theirs).then().statusCode(200).body("cityId", equalTo(busan.cityId()));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String event = Partners.openEvent("Edits " + unique(), host, null);
        var created = asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event)).then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        Map<String, Object> change = Map.of("headMayorId", busan.mayorId(), "notes", "Two interpreters needed");

        asPartner(busan.apiKey()).body(change).put(path(event) + "/" + id).then().statusCode(428);
        asPartner(busan.apiKey()).header("If-Match", "\"999\"").body(change).put(path(event) + "/" + id).then().statusCode(412);
        String newTag = asPartner(busan.apiKey()).header("If-Match", etag).body(change).put(path(event) + "/" + id)
                .then().statusCode(200).body("notes", equalTo("Two interpreters needed"), "delegates", empty())
                .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        asPartner(busan.apiKey()).header("If-Match", etag).body(change).put(path(event) + "/" + id).then().statusCode(412);
        asPartner(busan.apiKey()).get(path(event) + "/" + id).then().header("ETag", equalTo(newTag));
        asPartner(shimonoseki.apiKey()).header("If-Match", newTag).body(change).put(path(event) + "/" + id).then().statusCode(404);
    }

    @Test
    void tooManyDelegatesAre400AndTooLargeABodyIs413() {
        String event = Partners.openEvent("Crowd " + unique(), host, null);
        List<Map<String, Object>> crowd = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            crowd.add(Map.of("fullName", "Delegate " + i, "role", "STAFF"));
        }
        asPartner(busan.apiKey()).body(Map.of("headMayorId", busan.mayorId(), "delegates", crowd)).post(path(event))
                .then().statusCode(400).body("errors[0].field", equalTo("delegates"));
        asPartner(busan.apiKey()).noFiltersOfType(OpenApiValidationFilter.class)
                .body(Map.of("headMayorId", busan.mayorId(), "notes", "x".repeat(1_200_000))).post(path(event))
                .then().statusCode(413).body("detail", containsString("1 MiB"));
        asOrganiser().get(path(event)).then().body("items", empty());
    }

    @Test
    void organisersExportDelegatesAsCsv() {
        String event = Partners.openEvent("Export " + unique(), host, null);
        Map<String, Object> body = Map.of("headMayorId", shimonoseki.mayorId(), "delegates", List.of(
                Map.of("fullName", "=HYPERLINK(\"x\")", "role", "PRESS", "email", "press@example.org"),
                Map.of("fullName", "Sato, Yui", "role", "INTERPRETER", "languages", List.of("ja", "ko"))));
        asPartner(shimonoseki.apiKey()).body(body).post(path(event)).then().statusCode(201);
        String csv = asOrganiser().accept("text/csv").get(path(event))
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("registrationId,cityId,cityName,countryCode,status,fullName,role,email,languages");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",JP,PENDING,Mayor of Shimonoseki").endsWith(",HEAD,,");
        assertThat(lines.get(2)).contains(",\"'=HYPERLINK(\"\"x\"\")\",PRESS,press@example.org,");
        assertThat(lines.get(3)).contains(",\"Sato, Yui\",INTERPRETER,,ja ko");
        asPartner(busan.apiKey()).accept("text/csv").get(path(event)).then().statusCode(200)
                .body(not(containsString("Shimonoseki")));
    }

    /** Past one batch of the streamed sheet: every registration exactly once, in order, across batch boundaries. */
    @Test
    void theDelegateSheetStreamsEveryRegistrationAcrossBatches() {
        String event = Partners.openEvent("Large export " + unique(), host, null);
        int count = 2 * RegistrationService.CSV_BATCH + 7;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into registration (id, event_id, city_id, status, head_mayor_id, created_at, updated_at)
                select gen_random_uuid(), cast(?1 as uuid), cast(?2 as uuid), 'CANCELLED', cast(?3 as uuid),
                       now() - make_interval(secs => n), now()
                from generate_series(1, ?4) n""")
                .setParameter(1, event).setParameter(2, busan.cityId()).setParameter(3, busan.mayorId()).setParameter(4, count)
                .executeUpdate());
        List<String> rows = asOrganiser().accept("text/csv").get(path(event))
                .then().statusCode(200).extract().asString().lines().skip(1).toList();
        List<String> ids = rows.stream().map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(rows).hasSize(count).allMatch(line -> line.contains(",CANCELLED,Mayor of Busan"));
        assertThat(ids).doesNotHaveDuplicates();
        List<String> expected = em.createNativeQuery("select cast(id as varchar) from registration where event_id = cast(?1 as uuid) "
                + "order by created_at, id", String.class).setParameter(1, event).getResultList();
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void anEventWithRegistrationsIsCancelledRatherThanDeleted() {
        String event = Partners.openEvent("Keep " + unique(), host, null);
        asPartner(busan.apiKey()).body(Partners.delegation(busan)).post(path(event)).then().statusCode(201);
        asOrganiser().delete("/events/" + event).then().statusCode(409).body("detail", containsString("CANCELLED"));
        given().get("/events/" + event).then().statusCode(200);
        asOrganiser().get(path(event)).then().body("items.status", everyItem(equalTo("PENDING")), "items.cityId",
                hasItem(busan.cityId()));
    }
}
