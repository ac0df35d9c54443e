package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.HeldRowLock;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity and optimistic locking under real parallel requests. */
@QuarkusTest
class RegistrationConcurrencyTest extends ApiTest {

    @Inject
    DataSource dataSource;

    record Answer(int status, String id, String registrationStatus, String cityId) {
    }

    /** 50 partners each fire 4 registrations at once (200 requests) at an event with 20 places. */
    @Test
    void capacityIsNeverExceededAndNoCityRegistersTwice() throws Exception {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Capacity host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Rush " + unique(), host, 20);
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            partners.add(Partners.create("JP", "Rush city " + i + " " + unique()));
        }
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            for (Partner p : partners) {
                calls.add(() -> {
                    Response r = asPartner(p.apiKey()).body(Partners.delegation(p))
                            .post("/events/" + event + "/registrations");
                    return r.statusCode() == 201
                            ? new Answer(201, r.path("id"), r.path("status"), r.path("cityId"))
                            : new Answer(r.statusCode(), null, null, null);
                });
            }
        }
        List<Answer> answers = Parallel.run(32, calls);

        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
        assertThat(created).hasSize(50);
        assertThat(new HashSet<>(created.stream().map(Answer::cityId).toList())).hasSize(50);
        assertThat(created.stream().filter(a -> a.registrationStatus().equals("PENDING"))).hasSize(20);
        assertThat(created.stream().filter(a -> a.registrationStatus().equals("WAITLISTED"))).hasSize(30);

        // Every 2xx answer is in the database, with the status it was answered with.
        Map<String, String> stored = new HashMap<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = asOrganiser().queryParam("limit", 100).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/events/" + event + "/registrations").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            List<String> statuses = page.path("items.status");
            for (int i = 0; i < ids.size(); i++) {
                stored.put(ids.get(i), statuses.get(i));
            }
            cursor = page.path("next");
        } while (cursor != null && ++pages < 10); // 50 rows are one page: a cursor that never ends fails, not hangs
        assertThat(cursor).isNull();
        assertThat(stored).hasSize(50);
        created.forEach(a -> assertThat(stored).containsEntry(a.id(), a.registrationStatus()));
    }

    /**
     * Two editors change the registration from the same ETag. The row lock held here lets both pass the If-Match
     * check and queue at their UPDATE, so only the version column can stop the lost update: exactly one 200, the
     * other 412, every time.
     */
    /**
     * A registration that waits for the event's lock counts the place its holder took: the places held are read in a
     * statement sent after the lock, whose snapshot follows it. Read in the lock's own statement, whose snapshot
     * predates the wait, they would miss it, and the event would take one delegation too many.
     */
    @Test
    void aRegistrationWaitingForTheEventsLockCountsThePlaceItsHolderTook() throws Exception {
        Fixtures.country("JP", "Japan");
        String event = Partners.openEvent("One place " + unique(), Fixtures.city("Lock order host " + unique(), "JP", "Asia/Tokyo"), 1);
        Partner p = Partners.create("JP", "Waiting city " + unique());
        Parallel.Started<String> registering;
        try (HeldRowLock lock = HeldRowLock.on(dataSource, "event", UUID.fromString(event)).alsoRunning("""
                insert into event_places_held (event_id, held) values (?, 1)
                on conflict (event_id) do update set held = event_places_held.held + 1""", UUID.fromString(event))) {
            registering = Parallel.start(1, List.<Callable<String>>of(() -> asPartner(p.apiKey()).body(Partners.delegation(p))
                    .post("/events/" + event + "/registrations").then().statusCode(201).extract().path("status")));
            lock.awaitBlocked(1, Duration.ofSeconds(60));
        }
        assertThat(registering.answers()).containsExactly("WAITLISTED");
    }

    @Test
    void concurrentChangesFromOneVersionLetExactlyOneThrough() throws Exception {
        Fixtures.country("KR", "South Korea");
        String host = Fixtures.city("Lock host " + unique(), "KR", "Asia/Seoul");
        String event = Partners.openEvent("Locks " + unique(), host, null);
        Partner p = Partners.create("KR", "Lock city " + unique());
        var created = asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract();
        String id = created.path("id");
        String url = "/events/" + event + "/registrations/" + id;
        String etag = created.header("ETag");

        List<Callable<Integer>> calls = new ArrayList<>();
        for (String note : List.of("Editor one", "Editor two")) {
            calls.add(() -> asPartner(p.apiKey()).header("If-Match", etag)
                    .body(Map.of("headMayorId", p.mayorId(), "notes", note)).put(url).statusCode());
        }
        Parallel.Started<Integer> editors;
        try (HeldRowLock lock = HeldRowLock.on(dataSource, "registration", UUID.fromString(id))) {
            editors = Parallel.start(2, calls);
            lock.awaitBlocked(2, Duration.ofSeconds(60));
        }
        assertThat(editors.answers()).containsExactlyInAnyOrder(200, 412);
        asPartner(p.apiKey()).get(url).then().header("ETag", "\"1\"");
    }
}
