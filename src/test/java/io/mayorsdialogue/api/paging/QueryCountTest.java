package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.PostgresRoundTrips;
import io.mayorsdialogue.api.support.TransactionsBegun;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the SQL statements one list request issues do not grow with the page size. Exact counts from Hibernate's
 * statistics (switched on in the test profile), comparing a page of 2 with a page of 25 on the same data. And no read
 * begins a transaction: a read runs its statements without one, and a begin and commit of the transaction manager
 * cost a list request a few per cent of its CPU (bench/README.md).
 */
@QuarkusTest
class QueryCountTest extends ApiTest {

    @Inject
    SessionFactory sessions;

    @Inject
    TransactionsBegun transactions;

    /** ISO codes no other test uses, so this test owns enough countries for its pages. */
    private static final List<String> OWN_COUNTRIES = List.of("TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UY", "UZ",
            "VA", "VC", "VE", "VG", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW", "SV", "SR", "SO");

    private String event;
    private String city;
    private Partners.Partner partner;
    private String registration;
    private String session;
    private String meeting;
    private String topic;
    private String otherMayor;

    @BeforeEach
    void data() {
        if (event != null) {
            return;
        }
        Fixtures.country("JP", "Japan");
        // Every list below gets more rows than the larger page, from this test alone: an N+1 would show.
        for (String code : OWN_COUNTRIES) {
            Fixtures.country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        city = Fixtures.city("Counting host " + unique(), "JP", "Asia/Tokyo");
        event = Partners.openEvent("Counting " + unique(), city, null);
        List<String> topics = new ArrayList<>();
        String previousMayor = null;
        for (int i = 0; i < 26; i++) {
            topics.add(Fixtures.topic("Counted topic " + unique()));
            topic = topics.get(i);
            Fixtures.event("Counted event " + unique(), city, topics.subList(Math.max(0, i - 2), i + 1));
            Partners.Partner p = Partners.create("JP", "Counted city " + unique());
            partner = p;
            registration = asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                    .then().statusCode(201).extract().path("id");
            asOrganiser().put("/events/" + event + "/attendees/" + p.mayorId()).then().statusCode(204);
            asOrganiser().put("/events/" + event + "/topics/" + topics.get(i)).then().statusCode(204);
            api().body(Map.of("partnerCityId", p.cityId(), "kind", "SISTER", "establishedOn", "2000-01-" + (10 + i % 18)))
                    .post("/cities/" + city + "/sister-cities").then().statusCode(201);
            // a session with this mayor on its panel, and a meeting request to the previous one
            session = api().body(Map.of("title", "Counted session " + i, "format", "PANEL", "startsAt", Dates.inDays(90, "10:00"),
                    "endsAt", Dates.inDays(90, "11:00"), "panelistMayorIds", List.of(p.mayorId())))
                    .post("/events/" + event + "/sessions").then().statusCode(201).extract().path("id");
            if (previousMayor != null) {
                meeting = api().body(Map.of("requesterMayorId", p.mayorId(), "counterpartMayorId", previousMayor,
                        "startsAt", Dates.inDays(90, "12:00"), "endsAt", Dates.inDays(90, "12:30")))
                        .post("/events/" + event + "/meetings").then().statusCode(201).extract().path("id");
            }
            otherMayor = previousMayor;
            previousMayor = p.mayorId();
        }
    }

    @Test
    void listsIssueTheSameStatementsWhateverThePageSize() {
        assertConstant("countries", () -> given(), "/countries");
        assertConstant("cities", () -> given(), "/cities");
        assertConstant("mayors", () -> given(), "/mayors");
        assertConstant("topics", () -> given(), "/topics");
        assertConstant("events (with their topic ids)", () -> given(), "/events?hostCityId=" + city);
        assertConstant("event topics", () -> given(), "/events/" + event + "/topics");
        assertConstant("attendees", () -> given(), "/events/" + event + "/attendees");
        assertConstant("registrations (with their delegates)", ApiTest::asOrganiser, "/events/" + event + "/registrations");
        assertConstant("partners", ApiTest::asOrganiser, "/partners");
        assertConstant("sister cities", () -> given(), "/cities/" + city + "/sister-cities");
        assertConstant("sessions (with their panelists)", () -> given(), "/events/" + event + "/sessions");
        assertConstant("meetings", ApiTest::asOrganiser, "/events/" + event + "/meetings");
        long stats = statements(() -> given(), "/events/" + event + "/stats");
        assertThat(stats).as("stats: one aggregate per figure, whatever the data").isLessThanOrEqualTo(8);
    }

    @Test
    void anEventAndAPageOfEventsAreReadWithTheirTopicIdsInOneStatement() {
        String withTopics = given().get("/events?hostCityId=" + city + "&limit=25").then().statusCode(200)
                .extract().path("items.find { it.topicIds.size() == 3 }.id");
        assertThat(statements(() -> given(), "/events/" + withTopics)).as("one event").isEqualTo(1);
        assertThat(statements(() -> given(), "/events?hostCityId=" + city, 25)).as("a page of events").isEqualTo(1);
    }

    /** Rows read as projections: a managed entity costs its instantiation, a snapshot and the session's bookkeeping. */
    @Test
    void theBusiestReadsLoadNoEntityPerRow() {
        assertThat(entitiesLoaded("/events/" + event)).as("one event").isZero();
        assertThat(entitiesLoaded("/events?hostCityId=" + city + "&limit=25")).as("a page of events").isZero();
        assertThat(entitiesLoaded("/events/" + event + "/attendees?limit=25")).as("a page of attendees").isZero();
        assertThat(entitiesLoaded("/mayors?limit=25")).as("a page of mayors").isZero();
        String name = given().get("/mayors/" + otherMayor).then().statusCode(200).extract().path("fullName");
        assertThat(given().queryParam("q", name).get("/mayors").then().statusCode(200).extract().<List<String>>path("items.id"))
                .as("the name search finds the mayor").contains(otherMayor);
        assertThat(entitiesLoaded("/mayors?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).as("a page of the name search").isZero();
    }

    /** The page carries the condition that the caller may see the event; only an empty page reads the event's status. */
    @Test
    void aPageOfAttendeesIsOneStatementAndOnlyAnEmptyPageAsksForTheEvent() {
        assertThat(statements(() -> given(), "/events/" + event + "/attendees", 25)).as("anyone's page").isEqualTo(1);
        assertThat(statements(() -> asOrganiser(), "/events/" + event + "/attendees", 25)).as("the organiser's page").isEqualTo(1);
        String unattended = Partners.openEvent("Counting unattended " + unique(), city, null);
        assertThat(statements(() -> given(), "/events/" + unattended + "/attendees", 25)).as("an empty page, then the event's status")
                .isEqualTo(2);
    }

    /**
     * A partner's keyed registration, the busiest write, in three round trips to PostgreSQL, once its integration's key
     * has been seen by this instance: the key's confirmation (AccessFilter: a remembered key is confirmed in the
     * change's transaction), the Idempotency-Key's lock and its look-up, then the event's lock and the city's
     * registrations (whether one is active, and how many) with the places held, sent together (the confirmation and
     * the claim are held to go with the change's first statement, DeferredWrites#holdFirst, and that is
     * EventService.lockThen's); the head of delegation; the registration, its members, its audit entry, its webhook
     * deliveries (one statement with the subscriptions' look-up), the answer kept with the key and the commit, sent
     * together (DeferredWrites). Expired keys are purged in the background, not by the claim.
     */
    @Test
    void aKeyedRegistrationIsThreeRoundTrips() {
        assertThat(PostgresRoundTrips.of(keyedRegistration(true))).isEqualTo(3);
    }

    /** A key this instance has not seen yet is looked up first, in a round trip of its own. */
    @Test
    void aKeyNotSeenBeforeIsLookedUpInARoundTripOfItsOwn() {
        assertThat(PostgresRoundTrips.of(keyedRegistration(false))).isEqualTo(4);
    }

    /**
     * And each of those round trips is one write to PostgreSQL: the transaction's {@code BEGIN}, which the driver
     * sends ahead of its first statement, goes in the same write (pgjdbc 42.7.13). Before, the driver flushed it on its
     * own: one more write, and a wake-up of the database, in every POST (bench/README.md).
     */
    @Test
    void aKeyedRegistrationWritesToPostgresOncePerRoundTrip() {
        assertThat(PostgresRoundTrips.writesOf(keyedRegistration(true)))
                .as("writes (none: the driver made its sockets without CountingSockets)").isEqualTo(3);
    }

    /**
     * A retry of a keyed change that was made sends the claim and nothing of the change: the claim goes before the
     * change's first statement, alone when Hibernate sends it (a topic: deferred.FirstReadBeforeHibernate), with it
     * when it is the service's own (a registration: the event's lock), and the change stops at the claim's answer and
     * is rolled back (the last round trip).
     */
    @Test
    void aReplayMakesNoneOfTheChangesStatements() {
        String key = unique();
        Map<String, String> topic = Map.of("title", "Counted replay " + unique());
        api().header("Idempotency-Key", key).body(topic).post("/topics").then().statusCode(201);
        assertThat(PostgresRoundTrips.of(() -> api().header("Idempotency-Key", key).body(topic).post("/topics")
                .then().statusCode(201).header("Idempotent-Replayed", "true"))).as("a topic's: the claim; the rollback").isEqualTo(2);

        Partners.Partner registering = Partners.create("JP", "Counted replaying city " + unique());
        String open = Partners.openEvent("Counted replay " + unique(), city, 100);
        Map<String, Object> delegation = Partners.delegation(registering);
        asPartner(registering.apiKey()).header("Idempotency-Key", key).body(delegation)
                .post("/events/" + open + "/registrations").then().statusCode(201);
        assertThat(PostgresRoundTrips.of(() -> asPartner(registering.apiKey()).header("Idempotency-Key", key).body(delegation)
                .post("/events/" + open + "/registrations").then().statusCode(201).header("Idempotent-Replayed", "true")))
                .as("a registration's: the caller's key and the claim with the event's lock; the rollback").isEqualTo(2);
    }

    /**
     * A new city's delegation posted with an Idempotency-Key to a new event with places left; the two made first.
     * {@code keySeen}: the partner's key was used once before (a read), as an integration's is.
     */
    private Runnable keyedRegistration(boolean keySeen) {
        Partners.Partner registering = Partners.create("JP", "Counted registering city " + unique());
        String withCapacity = Partners.openEvent("Counted capacity " + unique(), city, 100);
        if (keySeen) {
            asPartner(registering.apiKey()).get("/events/" + withCapacity + "/registrations").then().statusCode(200);
        }
        return () -> asPartner(registering.apiKey()).header("Idempotency-Key", unique()).body(Partners.delegation(registering))
                .post("/events/" + withCapacity + "/registrations").then().statusCode(201);
    }

    /** Created on the waitlist, it is announced as two things at once, whose deliveries travel with the answer too. */
    @Test
    void aKeyedRegistrationOnTheWaitlistIsThreeRoundTripsToo() {
        String full = Partners.openEvent("Counted full " + unique(), city, 1);
        Partners.Partner first = Partners.create("JP", "Counted first city " + unique());
        asPartner(first.apiKey()).body(Partners.delegation(first)).post("/events/" + full + "/registrations").then().statusCode(201);
        Partners.Partner waiting = Partners.create("JP", "Counted waiting city " + unique());
        asPartner(waiting.apiKey()).get("/events/" + full + "/registrations").then().statusCode(200);
        assertThat(PostgresRoundTrips.of(() -> asPartner(waiting.apiKey()).header("Idempotency-Key", unique())
                .body(Partners.delegation(waiting)).post("/events/" + full + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")))).isEqualTo(3);
    }

    /**
     * A registration put on the waitlist is announced as two things at once (created, waitlisted), in the one
     * statement that announces a registration with a place: most announcements find no subscriber, and a statement per
     * type cost every waitlisted POST one more.
     */
    @Test
    void aWaitlistedRegistrationsTwoAnnouncementsAreOneStatement() {
        String full = Partners.openEvent("Counted announced " + unique(), city, 1);
        Partners.Partner placed = Partners.create("JP", "Counted placed city " + unique());
        asPartner(placed.apiKey()).get("/events/" + full + "/registrations").then().statusCode(200);
        long withAPlace = PostgresRoundTrips.statementsOf(() -> asPartner(placed.apiKey()).header("Idempotency-Key", unique())
                .body(Partners.delegation(placed)).post("/events/" + full + "/registrations")
                .then().statusCode(201).body("status", equalTo("PENDING")));
        Partners.Partner waiting = Partners.create("JP", "Counted announced waiting city " + unique());
        asPartner(waiting.apiKey()).get("/events/" + full + "/registrations").then().statusCode(200);
        long waitlisted = PostgresRoundTrips.statementsOf(() -> asPartner(waiting.apiKey()).header("Idempotency-Key", unique())
                .body(Partners.delegation(waiting)).post("/events/" + full + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")));
        assertThat(withAPlace).as("statements of a registration with a place").isGreaterThan(3);
        assertThat(waitlisted).as("statements of a registration on the waitlist").isEqualTo(withAPlace);
    }

    /**
     * A delegation's members are sent to PostgreSQL together, however many there are (the contract allows 100): one
     * round trip per member made a delegation of 40 cost 40 round trips inside the event's lock. So are they when a
     * replacement changes them.
     */
    @Test
    void aDelegationOfFortyIsWrittenInAsManyRoundTripsAsADelegationOfOne() {
        String open = Partners.openEvent("Counted delegation sizes " + unique(), city, 100);
        assertThat(roundTripsToRegister(open, 40)).as("registered").isEqualTo(roundTripsToRegister(open, 1));
        assertThat(roundTripsToReplace(open, 40)).as("replaced").isEqualTo(roundTripsToReplace(open, 1));
    }

    private long roundTripsToRegister(String eventId, int delegates) {
        Partners.Partner registering = Partners.create("JP", "Counted delegation of " + delegates + " " + unique());
        return PostgresRoundTrips.of(() -> asPartner(registering.apiKey()).header("Idempotency-Key", unique())
                .body(delegation(registering, delegates)).post("/events/" + eventId + "/registrations").then().statusCode(201));
    }

    /** From a delegation of two, so that the replacement changes its members whichever size it has. */
    private long roundTripsToReplace(String eventId, int delegates) {
        Partners.Partner registering = Partners.create("JP", "Counted replaced by " + delegates + " " + unique());
        var created = asPartner(registering.apiKey()).body(delegation(registering, 2))
                .post("/events/" + eventId + "/registrations").then().statusCode(201).extract();
        return PostgresRoundTrips.of(() -> asPartner(registering.apiKey()).header("If-Match", created.header("ETag"))
                .body(delegation(registering, delegates)).put("/events/" + eventId + "/registrations/" + created.path("id"))
                .then().statusCode(200));
    }

    private static Map<String, Object> delegation(Partners.Partner p, int delegates) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < delegates; i++) {
            members.add(Map.of("fullName", "Delegate " + i + " of " + delegates, "role", "ADVISER", "languages", List.of("ja")));
        }
        return Map.of("headMayorId", p.mayorId(), "delegates", members);
    }

    private long entitiesLoaded(String url) {
        long before = sessions.getStatistics().getEntityLoadCount();
        given().get(url).then().statusCode(200);
        return sessions.getStatistics().getEntityLoadCount() - before;
    }

    @Test
    void readsBeginNoTransaction() {
        String events = "/events/" + event;
        List<Read> reads = new ArrayList<>();
        for (String path : List.of("/countries", "/countries/JP", "/cities", "/cities?country=JP", "/cities?q=counted",
                "/cities/" + city, "/cities/" + city + "/sister-cities", "/cities/" + city + "/network?depth=2", "/mayors",
                "/mayors?country=JP", "/mayors?q=mayor", "/mayors/" + partner.mayorId(), "/topics", "/topics/" + topic,
                "/events", "/events?country=JP", "/events?q=counting", "/events?topicId=" + topic, events,
                events + "/topics", events + "/attendees", events + "/attendees?country=JP", events + "/sessions",
                events + "/sessions/" + session, events + "/protocol-order", events + "/calendar.ics",
                events + "/stats")) {
            reads.add(new Read("anyone", path, () -> given()));
        }
        for (String path : List.of(events + "/registrations", events + "/registrations/" + registration,
                events + "/registrations/" + registration + "/history", events + "/meetings",
                events + "/meetings/" + meeting, "/partners", "/partners/" + partner.id(), "/webhooks", "/audit")) {
            reads.add(new Read("organiser", path, ApiTest::asOrganiser));
        }
        reads.add(new Read("partner", events + "/registrations", () -> asPartner(partner.apiKey())));
        reads.add(new Read("partner", events + "/meetings/suggestions", () -> asPartner(partner.apiKey())
                .queryParam("mayorA", partner.mayorId()).queryParam("mayorB", otherMayor)));

        Map<String, Long> begun = new java.util.LinkedHashMap<>();
        for (Read read : reads) {
            long before = transactions.count();
            read.request().get().get(read.path()).then().statusCode(200);
            begun.put(read.caller() + " " + read.path(), transactions.count() - before);
        }
        assertThat(begun).as("transactions begun per read").allSatisfy((what, n) -> assertThat(n).as(what).isZero());
        long before = transactions.count();
        asOrganiser().put(events + "/topics/" + topic).then().statusCode(204);
        assertThat(transactions.count() - before).as("a write's, which the count must see").isEqualTo(1);
    }

    private record Read(String caller, String path, Supplier<RequestSpecification> request) {
    }

    private void assertConstant(String what, Supplier<RequestSpecification> request, String path) {
        long small = statements(request, path, 2);
        long large = statements(request, path, 25);
        assertThat(large).as(what + ": statements for 25 items vs 2").isEqualTo(small);
        assertThat(small).as(what + ": statements per request").isLessThanOrEqualTo(3);
    }

    private long statements(Supplier<RequestSpecification> request, String path, int limit) {
        return statements(request, path + (path.contains("?") ? "&" : "?") + "limit=" + limit);
    }

    private long statements(Supplier<RequestSpecification> request, String url) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        request.get().get(url).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
