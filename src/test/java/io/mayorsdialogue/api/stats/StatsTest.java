package io.mayorsdialogue.api.stats;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dialogue;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** An event's figures: counted by the database, with the same statements however many rows, and no names. */
@QuarkusTest
class StatsTest extends ApiTest {

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager entityManager;

    @Test
    void figuresCountDelegationsDelegatesSessionsMeetingsAndLanguages() {
        Dialogue d = Dialogue.create();
        api().body(Map.of("title", "Topical", "format", "PANEL", "topicId", d.topic(), "startsAt", Dialogue.at("10:00"),
                "endsAt", Dialogue.at("11:00"))).post("/events/" + d.event() + "/sessions").then().statusCode(201);
        api().body(Map.of("title", "Open", "format", "RECEPTION", "startsAt", Dialogue.at("17:00"),
                "endsAt", Dialogue.at("18:00"))).post("/events/" + d.event() + "/sessions").then().statusCode(201);
        asPartner(d.first().apiKey()).body(Map.of("requesterMayorId", d.first().mayorId(), "counterpartMayorId", d.hostMayor(),
                "startsAt", Dialogue.at("12:00"), "endsAt", Dialogue.at("12:30"))).post("/events/" + d.event() + "/meetings")
                .then().statusCode(201);
        String stats = "/events/" + d.event() + "/stats";
        long before = statements(stats);
        var body = given().get(stats).then().statusCode(200)
                .body("delegationsByStatus.find { it.status == 'CONFIRMED' }.count", equalTo(2),
                        "delegationsByCountry.find { it.countryCode == 'JP' }.count", equalTo(1),
                        "delegatesByCountry.find { it.countryCode == 'KR' }.count", equalTo(2),
                        "sessionsByTopic.find { it.topicId == '" + d.topic() + "' }.count", equalTo(1),
                        "sessionsByTopic.find { it.topicId == 'none' }.count", equalTo(1),
                        "meetings.requested", equalTo(1), "meetings.accepted", equalTo(0),
                        "languagesNeeded.find { it.language == 'ja' }.count", equalTo(2),
                        // the two heads, partner cities' mayors, speak en; their interpreters ja and zh
                        "languagesNeeded.find { it.language == 'en' }.count", equalTo(2))
                .extract().asString();
        assertThat(body).doesNotContain("Interpreter").doesNotContain("interpreter@example.org").doesNotContain("Mayor of");
        // a tag stored before tags were kept in canonical case is still the same language
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update registration_delegate"
                + " set languages = array['JA', 'zh'] where registration_id = (select r.id from registration r"
                + " where r.event_id = cast(?1 as uuid) and r.city_id = cast(?2 as uuid))")
                .setParameter(1, d.event()).setParameter(2, d.first().cityId()).executeUpdate());
        given().get(stats).then().body("languagesNeeded.findAll { it.language.toLowerCase() == 'ja' }.size()", equalTo(1),
                "languagesNeeded.find { it.language.toLowerCase() == 'ja' }.count", equalTo(2));

        // More delegations cost no more statements: every figure is one aggregate.
        for (int i = 0; i < 4; i++) {
            Partners.Partner p = Partners.create("JP", "Counted " + unique());
            asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + d.event() + "/registrations").then().statusCode(201);
        }
        assertThat(statements(stats)).isEqualTo(before);
        given().get(stats).then().body("delegationsByCountry.find { it.countryCode == 'JP' }.count", equalTo(5),
                "delegationsByStatus.find { it.status == 'PENDING' }.count", equalTo(4), "eventId", not(containsString(" ")));
    }

    private long statements(String path) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        given().get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
