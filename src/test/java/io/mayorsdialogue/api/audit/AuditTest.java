package io.mayorsdialogue.api.audit;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.boot.spi.SessionFactoryOptions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The audit trail: who changed what, when and from what; in the changing transaction; minimised; kept for its retention. */
@QuarkusTest
class AuditTest extends ApiTest {

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    /**
     * One interceptor for the session factory: a CDI interceptor reached Hibernate as a supplier that resolved the bean
     * again for every session (bench/README.md).
     */
    @Test
    void everySessionSharesTheSessionFactorysOneInterceptor() {
        SessionFactoryOptions options = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
        assertThat(options.getInterceptor()).isInstanceOf(AuditInterceptor.class);
        assertThat(options.getStatelessInterceptorImplementorSupplier()).isNull();
    }

    @Test
    void everyChangeRecordsWhoWhenWhatAndTheFieldsBeforeAndAfter() {
        String topic = Fixtures.topic("Audited " + unique());
        api().body(Map.of("title", "Audited and renamed " + topic.substring(0, 8))).put("/topics/" + topic).then().statusCode(200);
        asOrganiser().queryParam("resourceType", "topic").queryParam("resourceId", topic).get("/audit").then().statusCode(200)
                .body("items.action", contains("UPDATE", "CREATE"), "items.actor", contains("organiser", "organiser"),
                        "items[0].changes.find { it.field == 'title' }.after", equalTo("Audited and renamed " + topic.substring(0, 8)),
                        "items[0].changes.field", not(hasItem("version")));
        asOrganiser().queryParam("actor", "organiser").queryParam("limit", 1).get("/audit").then().body("items[0].actor", equalTo("organiser"));
        given().get("/audit").then().statusCode(401);
    }

    @Test
    void aRegistrationsHistoryIsForItsPartnerAndTheOrganiserWithPersonalDataMinimised() {
        Fixtures.country("JP", "Japan");
        Partners.Partner p = Partners.create("JP", "Audited city " + unique());
        String event = Partners.openEvent("Audited " + unique(), Fixtures.city("Audit host " + unique(), "JP", "Asia/Tokyo"), null);
        var body = new java.util.HashMap<String, Object>(Partners.delegation(p));
        body.put("notes", "Private: arriving with family");
        String reg = asPartner(p.apiKey()).body(body).post("/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        asOrganiser().post("/events/" + event + "/registrations/" + reg + "/approve").then().statusCode(200);
        String history = "/events/" + event + "/registrations/" + reg + "/history";
        String text = asPartner(p.apiKey()).get(history).then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE"), "items[0].actor", equalTo("partner:" + p.id()),
                        "items[1].actor", equalTo("organiser"),
                        "items[1].changes.find { it.field == 'status' }.before", equalTo("PENDING"),
                        "items[1].changes.find { it.field == 'status' }.after", equalTo("CONFIRMED"),
                        "items[0].changes.find { it.field == 'notes' }.after", equalTo(AuditTrail.MINIMISED),
                        // every field the new row was given, as for any entity Hibernate persists (members are not recorded)
                        "items[0].changes.field", contains("cityId", "createdAt", "eventId", "headMayorId", "notes", "partnerId",
                                "status", "updatedAt"),
                        "items[0].changes.find { it.field == 'status' }.after", equalTo("PENDING"))
                .extract().asString();
        assertThat(text).doesNotContain("Private").doesNotContain("interpreter@example.org").doesNotContain("Interpreter");
        asOrganiser().get(history).then().statusCode(200);
        asPartner(Partners.create("JP", "Other audited " + unique()).apiKey()).get(history).then().statusCode(404);
    }

    /** A place one partner frees goes to another city's delegation by the service's rule, recorded as system's doing. */
    @Test
    void aWaitlistPromotionIsRecordedAsTheSystemsNotAsTheCallerWhoFreedThePlace() {
        Fixtures.country("JP", "Japan");
        Partners.Partner leaving = Partners.create("JP", "Leaving city " + unique());
        Partners.Partner waiting = Partners.create("JP", "Waiting city " + unique());
        String event = Partners.openEvent("Promoted " + unique(), Fixtures.city("Promotion host " + unique(), "JP", "Asia/Tokyo"), 1);
        String registrations = "/events/" + event + "/registrations/";
        String first = asPartner(leaving.apiKey()).body(Partners.delegation(leaving)).post(registrations).then().statusCode(201).extract().path("id");
        String second = asPartner(waiting.apiKey()).body(Partners.delegation(waiting)).post(registrations)
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");
        asPartner(leaving.apiKey()).post(registrations + first + "/cancel").then().statusCode(200);
        String text = asPartner(waiting.apiKey()).get(registrations + second + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE"), "items[1].actor", equalTo("system"),
                        "items[1].changes.find { it.field == 'status' }.after", equalTo("PENDING"))
                .extract().asString();
        assertThat(text).doesNotContain(leaving.id());
        asPartner(leaving.apiKey()).get(registrations + first + "/history").then().body("items[1].actor", equalTo("partner:" + leaving.id()));
    }

    /** One replacement is one entry, with what changed: not one per flush of the transaction. */
    @Test
    void anEventReplacedOnceIsRecordedOnce() {
        Fixtures.country("JP", "Japan");
        String event = Fixtures.event("Recorded once " + unique(), Fixtures.city("Recorder " + unique(), "JP", "Asia/Tokyo"), List.of());
        Map<String, Object> body = new java.util.HashMap<>(asOrganiser().get("/events/" + event).then().extract().jsonPath().getMap(""));
        body.keySet().removeAll(List.of("id", "createdAt"));
        body.put("venue", "Harbour hall");
        api().body(body).put("/events/" + event).then().statusCode(200);
        asOrganiser().queryParam("resourceType", "event").queryParam("resourceId", event).get("/audit").then()
                .body("items.action", contains("UPDATE", "CREATE"), "items[0].changes.field", contains("venue")); // newest first
    }

    /** Replacing an event's topics records each link removed and added, named by its ids, and nothing internal. */
    @Test
    void anEventsTopicsChangedLinkByLinkAreRecorded() {
        Fixtures.country("JP", "Japan");
        String kept = Fixtures.topic("Kept topic " + unique());
        String dropped = Fixtures.topic("Dropped topic " + unique());
        String added = Fixtures.topic("Added topic " + unique());
        String event = Fixtures.event("Relinked " + unique(), Fixtures.city("Relinker " + unique(), "JP", "Asia/Tokyo"), List.of(kept, dropped));
        Map<String, Object> body = new java.util.HashMap<>(asOrganiser().get("/events/" + event).then().extract().jsonPath().getMap(""));
        body.keySet().removeAll(List.of("id", "createdAt"));
        body.put("topicIds", List.of(kept, added));
        api().body(body).put("/events/" + event).then().statusCode(200);
        for (Map.Entry<String, List<String>> link : Map.of(kept, List.of("CREATE"), dropped, List.of("DELETE", "CREATE"),
                added, List.of("CREATE")).entrySet()) {
            asOrganiser().queryParam("resourceType", "event-topic").queryParam("resourceId", event + "/" + link.getKey()).get("/audit")
                    .then().body("items.action", equalTo(link.getValue()));
        }
        String trail = asOrganiser().queryParam("resourceType", "event-topic").queryParam("limit", 100).get("/audit").then().extract().asString();
        assertThat(trail).doesNotContain("_identifierMapper").doesNotContain("EventTopic");
    }

    /** A change the database refuses rolls back, and its audit entry with it: none is written for what never happened. */
    @Test
    void aRefusedChangeLeavesNoEntry() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Kept " + unique(), "JP", "Asia/Tokyo");
        Fixtures.mayor("Keeper " + unique(), city);
        asOrganiser().delete("/cities/" + city).then().statusCode(409);
        asOrganiser().queryParam("resourceType", "city").queryParam("resourceId", city).get("/audit").then()
                .body("items.action", contains("CREATE"));
    }

    @Test
    void entriesOlderThanTheRetentionArePurged() {
        String old = java.util.UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into audit_entry (id, at, actor, resource_type, resource_id, action, changes)
                values (cast(?1 as uuid), now() - interval '3651 days', 'organiser', 'topic', ?1, 'DELETE', '[]')""")
                .setParameter(1, old).executeUpdate());
        asOrganiser().queryParam("resourceId", old).get("/audit").then().body("items", org.hamcrest.Matchers.hasSize(1));
        audit.purge();
        asOrganiser().queryParam("resourceId", old).get("/audit").then().body("items", empty());
    }
}
