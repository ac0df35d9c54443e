package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dialogue;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The agenda of an event: sessions, their rules (inside the event, attending speakers, no double booking), filters. */
@QuarkusTest
class SessionResourceTest extends ApiTest {

    private Dialogue d;

    @BeforeEach
    void dialogue() {
        d = Dialogue.create();
    }

    private String sessions() {
        return "/events/" + d.event() + "/sessions";
    }

    private Map<String, Object> session(String title, String from, String to, String room, String moderator, List<String> panel) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "format", "PANEL", "startsAt", Dialogue.at(from),
                "endsAt", Dialogue.at(to), "panelistMayorIds", panel, "languages", List.of("zh", "en")));
        if (room != null) {
            body.put("room", room);
        }
        if (moderator != null) {
            body.put("moderatorMayorId", moderator);
        }
        return body;
    }

    /** Another event on the same day, which the first partner's mayor attends too. */
    private String eventElsewhere() {
        String elsewhere = Partners.openEvent("Elsewhere " + unique(), d.hostCity(), null);
        asOrganiser().put("/events/" + elsewhere + "/attendees/" + d.first().mayorId()).then().statusCode(204);
        return elsewhere;
    }

    @Test
    void aMayorSpeakingInAnotherEventAtThatTimeIsNotBookedHereUntilThatEventIsCancelled() {
        String mayor = d.first().mayorId();
        String elsewhere = eventElsewhere();
        api().body(session("Across town", "10:00", "11:00", null, null, List.of(mayor))).post("/events/" + elsewhere + "/sessions")
                .then().statusCode(201);
        api().body(session("Here", "10:30", "11:30", null, null, List.of(mayor))).post(sessions()).then().statusCode(409)
                .body("errors[0].field", equalTo("panelistMayorIds[0]"), "errors[0].message", containsString("another event"));
        var other = asOrganiser().get("/events/" + elsewhere).then().extract();
        api().body(Map.of("name", other.<String>path("name"), "hostCityId", other.<String>path("hostCityId"), "status", "CANCELLED",
                "startsAt", other.<String>path("startsAt"), "endsAt", other.<String>path("endsAt"),
                "registrationDeadline", other.<String>path("registrationDeadline"))).put("/events/" + elsewhere).then().statusCode(200);
        api().body(session("Here", "10:30", "11:30", null, null, List.of(mayor))).post(sessions()).then().statusCode(201);
        // reopening the other event would now put the mayor in two places at once
        api().body(Map.of("name", other.<String>path("name"), "hostCityId", other.<String>path("hostCityId"), "status", "OPEN",
                "startsAt", other.<String>path("startsAt"), "endsAt", other.<String>path("endsAt"),
                "registrationDeadline", other.<String>path("registrationDeadline"))).put("/events/" + elsewhere).then().statusCode(409)
                .body("detail", containsString("session 'Across town' has a speaker booked in another event"));
        asOrganiser().get("/events/" + elsewhere).then().body("status", equalTo("CANCELLED"));
    }

    /** Each event's lock alone would let both through: the mayor's agenda is locked across events. */
    @Test
    void racingBookingsOfOneMayorInTwoEventsLetExactlyOneWin() throws Exception {
        String mayor = d.first().mayorId();
        String elsewhere = eventElsewhere();
        for (String hour : List.of("12", "13", "14", "15")) {
            List<Callable<Integer>> bookings = List.of(
                    () -> api().body(session("Here " + hour, hour + ":00", hour + ":45", null, null, List.of(mayor))).post(sessions())
                            .statusCode(),
                    () -> api().body(session("There " + hour, hour + ":15", hour + ":45", null, null, List.of(mayor)))
                            .post("/events/" + elsewhere + "/sessions").statusCode());
            assertThat(Parallel.run(2, bookings)).as(hour).containsExactlyInAnyOrder(201, 409);
        }
    }

    /** Moving the event off its sessions' day, or dropping their topic, is refused until the agenda moves first. */
    @Test
    void anEventCannotBeReplacedSoAsToLeaveItsAgendaOutsideIt() {
        var body = session("Kept inside", "10:00", "11:00", null, null, List.of());
        body.put("topicId", d.topic());
        String id = api().body(body).post(sessions()).then().statusCode(201).extract().path("id");
        Map<String, Object> event = asOrganiser().get("/events/" + d.event()).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> nextDay = new HashMap<>(event);
        nextDay.keySet().removeAll(List.of("id", "createdAt"));
        nextDay.put("startsAt", Dialogue.at("09:00").replace(d.day(), java.time.LocalDate.parse(d.day()).plusDays(1).toString()));
        nextDay.put("endsAt", Dialogue.at("18:00").replace(d.day(), java.time.LocalDate.parse(d.day()).plusDays(1).toString()));
        api().body(nextDay).put("/events/" + d.event()).then().statusCode(409)
                .body("detail", containsString("session 'Kept inside' is outside the new dates"));
        Map<String, Object> noTopic = new HashMap<>(event);
        noTopic.keySet().removeAll(List.of("id", "createdAt"));
        noTopic.put("topicIds", List.of());
        api().body(noTopic).put("/events/" + d.event()).then().statusCode(409)
                .body("detail", containsString("on a topic the event no longer has"));
        // nor one topic at a time
        asOrganiser().delete("/events/" + d.event() + "/topics/" + d.topic()).then().statusCode(409)
                .body("detail", containsString("session 'Kept inside' is on a topic the event no longer has"));
        asOrganiser().get("/events/" + d.event()).then().body("startsAt", equalTo(event.get("startsAt")), "topicIds", contains(d.topic()));
        Map<String, Object> newVenue = new HashMap<>(noTopic);
        newVenue.put("topicIds", List.of(d.topic()));
        newVenue.put("venue", "Harbour hall");
        api().body(newVenue).put("/events/" + d.event()).then().statusCode(200).body("venue", equalTo("Harbour hall"));
        asOrganiser().delete(sessions() + "/" + id).then().statusCode(204);
        api().body(nextDay).put("/events/" + d.event()).then().statusCode(200);
    }

    @Test
    void theOrganiserBuildsTheAgendaAndAnyoneReadsItInTimeOrder() {
        var body = session("Marine tourism", "10:30", "11:30", "Hall A", d.hostMayor(), List.of(d.first().mayorId()));
        body.put("topicId", d.topic());
        var created = api().body(body).post(sessions()).then().statusCode(201)
                .header("Location", containsString(sessions() + "/")).header("ETag", "\"0\"")
                .body("startsAt", equalTo(Dialogue.at("10:30")), "topicId", equalTo(d.topic()),
                        "panelistMayorIds", contains(d.first().mayorId())).extract();
        api().body(session("Opening", "09:00", "10:00", "Hall A", d.hostMayor(), List.of())).post(sessions()).then().statusCode(201);
        given().get(sessions()).then().statusCode(200).body("items.title", contains("Opening", "Marine tourism"), "next", equalTo(null));
        given().queryParam("topicId", d.topic()).get(sessions()).then().body("items.title", contains("Marine tourism"));
        given().queryParam("mayorId", d.first().mayorId()).get(sessions()).then().body("items.title", contains("Marine tourism"));
        given().queryParam("mayorId", d.hostMayor()).get(sessions()).then().body("items", hasSize(2));
        given().queryParam("room", "Hall A").queryParam("day", d.day()).get(sessions()).then().body("items", hasSize(2));
        given().queryParam("day", "2000-01-01").get(sessions()).then().body("items", empty());
        String url = sessions() + "/" + created.path("id");
        given().get(url).then().statusCode(200).body("title", equalTo("Marine tourism"));
        api().header("If-Match", "\"0\"").body(session("Marine tourism and ports", "10:30", "11:30", "Hall A", d.hostMayor(), List.of()))
                .put(url).then().statusCode(200).body("title", equalTo("Marine tourism and ports"), "panelistMayorIds", empty());
        asOrganiser().delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
    }

    @Test
    void aSessionOutsideTheEventOrWithAnAbsentSpeakerIs422NamingTheField() {
        String stranger = Fixtures.mayor("Not attending " + unique(), d.hostCity());
        String otherStranger = Fixtures.mayor("Not attending either " + unique(), d.hostCity());
        api().body(session("Too early", "07:00", "08:00", null, null, List.of())).post(sessions())
                .then().statusCode(422).body("errors.field", contains("startsAt"));
        api().body(session("Absent", "10:00", "11:00", null, stranger, List.of(d.first().mayorId(), otherStranger))).post(sessions())
                .then().statusCode(422).body("errors.field", containsInAnyOrder("moderatorMayorId", "panelistMayorIds[1]"));
        var foreignTopic = session("Other topic", "10:00", "11:00", null, null, List.of());
        foreignTopic.put("topicId", Fixtures.topic("Not on this agenda " + unique()));
        api().body(foreignTopic).post(sessions()).then().statusCode(422).body("errors[0].field", equalTo("topicId"));
        given().get(sessions()).then().body("items", empty());
    }

    @Test
    void aRoomOrASpeakerInTwoPlacesAtOnceIs409NamingTheOtherSession() {
        String first = api().body(session("Ports", "10:00", "11:00", "Hall A", d.hostMayor(), List.of(d.first().mayorId())))
                .post(sessions()).then().statusCode(201).extract().path("id");
        api().body(session("Same room", "10:30", "11:30", "hall a", null, List.of())).post(sessions())
                .then().statusCode(409).body("errors[0].field", equalTo("room"), "errors[0].message", containsString(first),
                        "detail", containsString("Ports"));
        api().body(session("Same panelist", "10:59", "12:00", "Hall B", null, List.of(d.first().mayorId()))).post(sessions())
                .then().statusCode(409).body("errors[0].field", equalTo("panelistMayorIds[0]"), "errors[0].message", containsString("Ports"));
        // back to back is not a clash
        api().body(session("Next", "11:00", "12:00", "Hall A", d.hostMayor(), List.of(d.first().mayorId()))).post(sessions())
                .then().statusCode(201);
    }

    @Test
    void anAcceptedMeetingBlocksItsMayorsForSessions() {
        String meeting = asPartner(d.first().apiKey()).body(Map.of("requesterMayorId", d.first().mayorId(),
                "counterpartMayorId", d.second().mayorId(), "startsAt", Dialogue.at("14:00"), "endsAt", Dialogue.at("14:30")))
                .post("/events/" + d.event() + "/meetings").then().statusCode(201).extract().path("id");
        asPartner(d.second().apiKey()).post("/events/" + d.event() + "/meetings/" + meeting + "/accept").then().statusCode(200);
        api().body(session("Afternoon", "14:15", "15:00", "Hall C", d.second().mayorId(), List.of())).post(sessions())
                .then().statusCode(409).body("errors[0].field", equalTo("moderatorMayorId"), "errors[0].message", containsString(meeting));
    }

    @Test
    void interpretationCountsTheLanguagesTheRoomDoesNotOffer() {
        // the two partners' mayors speak en; their interpreters ja and zh (Partners.delegation); the host mayor en
        var body = session("Bilingual", "10:00", "11:00", null, d.hostMayor(), List.of(d.first().mayorId(), d.second().mayorId()));
        body.put("languages", List.of("ko"));
        String id = api().body(body).post(sessions()).then().statusCode(201).extract().path("id");
        given().get(sessions() + "/" + id + "/interpretation").then().statusCode(200)
                .body("people", equalTo(5), "covered", equalTo(0), "unknownLanguages", equalTo(0),
                        "needs.find { it.language == 'en' }.count", equalTo(3),
                        "needs.find { it.language == 'ja' }.count", equalTo(2), "needs[0].language", equalTo("en"));
        body.put("languages", List.of("zh-Hans", "en"));
        api().body(body).put(sessions() + "/" + id).then().statusCode(200);
        given().get(sessions() + "/" + id + "/interpretation").then().body("covered", equalTo(5), "needs", empty());
    }

    @Test
    void theOrganiserExportsTheAgendaAsCsvAndOthersMayNot() {
        api().body(session("=cmd|' /C calc'!A0", "10:00", "11:00", "Hall A", d.hostMayor(), List.of())).post(sessions())
                .then().statusCode(201);
        String csv = asOrganiser().accept("text/csv").get(sessions()).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertLines(csv, SessionService.CSV_HEADER, "=cmd|' /C calc'!A0");
        // without credentials 401 (the organiser's key would do), with a partner's 403
        given().accept("text/csv").get(sessions()).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        asPartner(d.first().apiKey()).accept("text/csv").get(sessions()).then().statusCode(403);
    }

    /** The header, then one row whose formula-looking title is defused with an apostrophe. */
    private static void assertLines(String csv, String header, String title) {
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(header);
        assertThat(lines[1]).contains(",'" + title + ",PANEL,").doesNotContain("," + title);
    }
}
