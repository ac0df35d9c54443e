package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The event list answers with each event's JSON kept by its revision (EventAnswers): the same JSON as the event's own
 * read, and never a state that has changed since, whoever changed it.
 */
@QuarkusTest
class EventAnswersTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void anEventInTheListIsWrittenExactlyAsItsOwnRead() {
        Fixtures.country("CN", "China");
        String name = "Answers " + unique();
        String event = Partners.openEvent(name, Fixtures.city("Answers " + unique(), "CN", "Asia/Shanghai"), 12);
        String single = given().get("/events/" + event).then().statusCode(200).extract().asString();
        for (int read = 0; read < 2; read++) { // written once, then copied from what was kept
            String list = given().queryParam("q", name).get("/events").then().statusCode(200).extract().asString();
            assertThat(list).isEqualTo("{\"items\":[" + single + "],\"next\":null}");
        }
    }

    @Test
    void aChangeMadeByAnyoneIsShownAtOnceEvenWithoutANewVersion() throws Exception {
        String name = "Revised " + unique();
        String event = listedOnce(name);
        // through the API: a new version
        var current = given().get("/events/" + event).then().extract();
        asOrganiser().contentType("application/json").header("If-Match", current.header("ETag"))
                .body(java.util.Map.of("name", name, "hostCityId", current.<String>path("hostCityId"), "status", "OPEN",
                        "startsAt", current.<String>path("startsAt"), "endsAt", current.<String>path("endsAt"),
                        "registrationDeadline", current.<String>path("registrationDeadline"), "capacity", 15))
                .put("/events/" + event).then().statusCode(200);
        given().queryParam("q", name).get("/events").then().body("items[0].capacity", equalTo(15));
        // behind the service's back (another instance's statement, an operator's fix) with the version left as it was:
        // the row's revision still moves, so the kept answer is not used
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update event set description = 'Fixed by hand' where id = ?")) {
            update.setObject(1, UUID.fromString(event));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        given().queryParam("q", name).get("/events").then()
                .body("items.description", contains("Fixed by hand"), "items[0].capacity", equalTo(15));
        given().get("/events/" + event).then().header("ETag", equalTo("\"1\"")); // the version the PUT gave it
    }

    @Test
    void anEventDeletedAndCreatedAgainWithTheSameIdIsNotTakenForTheOld() throws Exception {
        String name = "Reborn " + unique();
        String event = listedOnce(name);
        // as the demo data does with its fixed ids: the same id and version 0, other content
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement copy = c.prepareStatement("create temporary table reborn on commit drop as select * from event where id = ?");
                    PreparedStatement delete = c.prepareStatement("delete from event where id = ?");
                    PreparedStatement insert = c.prepareStatement("insert into event (id, name, host_city_id, venue, starts_at, ends_at,"
                            + " time_zone, status, capacity, registration_deadline, description, created_at, version)"
                            + " select id, name, host_city_id, venue, starts_at, ends_at, time_zone, status, 30, registration_deadline,"
                            + " description, created_at, version from reborn")) {
                copy.setObject(1, UUID.fromString(event));
                copy.execute();
                delete.setObject(1, UUID.fromString(event));
                delete.executeUpdate();
                insert.executeUpdate();
            }
            c.commit();
        }
        given().queryParam("q", name).get("/events").then().body("items.id", contains(event), "items[0].capacity", equalTo(30));
    }

    /** An open event of 12 places, read once through the list, so that its answer is kept. */
    private static String listedOnce(String name) {
        Fixtures.country("CN", "China");
        String event = Partners.openEvent(name, Fixtures.city(name, "CN", "Asia/Shanghai"), 12);
        given().queryParam("q", name).get("/events").then().body("items[0].capacity", equalTo(12));
        return event;
    }
}
