package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Dialogue;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Parallel;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Bilateral meetings: who may request, answer and see them; the workflow; clashes; suggestions; racing accepts. */
@QuarkusTest
class MeetingResourceTest extends ApiTest {

    private Dialogue d;

    @BeforeEach
    void dialogue() {
        d = Dialogue.create();
    }

    private String meetings() {
        return "/events/" + d.event() + "/meetings";
    }

    private Map<String, Object> meeting(String requester, String counterpart, String from, String to) {
        return Map.of("requesterMayorId", requester, "counterpartMayorId", counterpart, "startsAt", Dialogue.at(from),
                "endsAt", Dialogue.at(to), "languages", List.of("ja", "ko"));
    }

    private String request(Partners.Partner by, String counterpart, String from, String to) {
        return asPartner(by.apiKey()).body(meeting(by.mayorId(), counterpart, from, to)).post(meetings())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aPartnerRequestsTheCounterpartAcceptsAndBothSeeIt() {
        var created = asPartner(d.first().apiKey()).header("Idempotency-Key", "meet-" + unique())
                .body(meeting(d.first().mayorId(), d.second().mayorId(), "14:00", "14:30")).post(meetings())
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("REQUESTED"), "startsAt", equalTo(Dialogue.at("14:00"))).extract();
        String url = meetings() + "/" + created.path("id");
        asPartner(d.first().apiKey()).post(url + "/accept").then().statusCode(403); // the requester cannot accept its own request
        asPartner(d.second().apiKey()).post(url + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        asPartner(d.second().apiKey()).post(url + "/decline").then().statusCode(409).body("detail", containsString("ACCEPTED"));
        asPartner(d.first().apiKey()).get(meetings()).then().statusCode(200).body("items.id", contains((String) created.path("id")));
        asPartner(d.second().apiKey()).get(url).then().statusCode(200);
        asOrganiser().queryParam("status", "ACCEPTED").get(meetings()).then().body("items", hasSize(1));
        asPartner(d.first().apiKey()).post(url + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    /** A request made while both attended cannot be accepted once one of them no longer does. */
    @Test
    void aMeetingCannotBeAcceptedOnceTheCounterpartNoLongerAttends() {
        String id = request(d.first(), d.hostMayor(), "11:00", "11:30");
        asOrganiser().delete("/events/" + d.event() + "/attendees/" + d.hostMayor()).then().statusCode(204);
        asOrganiser().post(meetings() + "/" + id + "/accept").then().statusCode(422)
                .body("errors.field", contains("counterpartMayorId"));
        asOrganiser().get(meetings() + "/" + id).then().body("status", equalTo("REQUESTED"));
    }

    /** Once the event is over (or called off) nothing new is booked; what was left open can still be tidied up. */
    @Test
    void aCompletedEventTakesNoNewRequestsOrAcceptsButItsMeetingsCanBeCancelled() {
        String open = request(d.first(), d.second().mayorId(), "11:00", "11:30");
        String other = request(d.second(), d.first().mayorId(), "15:00", "15:30");
        var event = asOrganiser().get("/events/" + d.event()).then().statusCode(200).extract();
        Map<String, Object> body = Map.of("name", event.<String>path("name"), "hostCityId", event.<String>path("hostCityId"),
                "status", "COMPLETED", "startsAt", event.<String>path("startsAt"), "endsAt", event.<String>path("endsAt"),
                "registrationDeadline", event.<String>path("registrationDeadline"), "topicIds", event.<List<String>>path("topicIds"));
        api().body(body).put("/events/" + d.event()).then().statusCode(200);
        asPartner(d.second().apiKey()).post(meetings() + "/" + open + "/accept").then().statusCode(409)
                .body("detail", containsString("COMPLETED"));
        asPartner(d.first().apiKey()).body(meeting(d.first().mayorId(), d.hostMayor(), "12:00", "12:30")).post(meetings())
                .then().statusCode(409).body("detail", containsString("still to be held"));
        asOrganiser().get(meetings() + "/" + open).then().body("status", equalTo("REQUESTED"));
        asPartner(d.first().apiKey()).post(meetings() + "/" + open + "/cancel").then().statusCode(200);
        asPartner(d.first().apiKey()).post(meetings() + "/" + other + "/decline").then().statusCode(200);
    }

    /** A delegation cancelled takes its mayor out of the event, and the mayor's requested and accepted meetings with it. */
    @Test
    void cancellingADelegationCancelsItsMayorsMeetings() {
        String accepted = request(d.first(), d.second().mayorId(), "11:00", "11:30");
        asPartner(d.second().apiKey()).post(meetings() + "/" + accepted + "/accept").then().statusCode(200);
        String requested = request(d.second(), d.first().mayorId(), "15:00", "15:30");
        String untouched = request(d.second(), d.hostMayor(), "16:00", "16:30");
        String registration = asPartner(d.first().apiKey()).get("/events/" + d.event() + "/registrations")
                .then().statusCode(200).extract().path("items[0].id");
        asPartner(d.first().apiKey()).post("/events/" + d.event() + "/registrations/" + registration + "/cancel").then().statusCode(200);
        asOrganiser().get(meetings() + "/" + accepted).then().body("status", equalTo("CANCELLED"));
        asOrganiser().get(meetings() + "/" + requested).then().body("status", equalTo("CANCELLED"));
        asOrganiser().get(meetings() + "/" + untouched).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void aPartnerActsOnlyForItsOwnCityAndSeesNoOtherMeeting() {
        Partners.Partner outsider = Partners.create("JP", "Outsider " + unique());
        asPartner(outsider.apiKey()).body(meeting(d.first().mayorId(), d.second().mayorId(), "10:00", "10:30")).post(meetings())
                .then().statusCode(403);
        String id = request(d.first(), d.hostMayor(), "10:00", "10:30");
        asPartner(outsider.apiKey()).get(meetings() + "/" + id).then().statusCode(404);
        asPartner(outsider.apiKey()).post(meetings() + "/" + id + "/cancel").then().statusCode(404);
        asPartner(outsider.apiKey()).get(meetings()).then().statusCode(200).body("items", empty());
        given().get(meetings()).then().statusCode(401);
    }

    @Test
    void bothMayorsMustAttendAndTheSlotLieInsideTheEvent() {
        String stranger = Fixtures.mayor("Stranger " + unique(), d.first().cityId());
        asPartner(d.first().apiKey()).body(meeting(d.first().mayorId(), stranger, "10:00", "10:30")).post(meetings())
                .then().statusCode(422).body("errors[0].field", equalTo("counterpartMayorId"));
        asPartner(d.first().apiKey()).body(meeting(d.first().mayorId(), d.first().mayorId(), "10:00", "10:30")).post(meetings())
                .then().statusCode(422).body("errors[0].field", equalTo("counterpartMayorId"));
        asPartner(d.first().apiKey()).body(meeting(d.first().mayorId(), d.hostMayor(), "17:45", "18:15")).post(meetings())
                .then().statusCode(422).body("errors[0].field", equalTo("endsAt"));
        asOrganiser().get(meetings()).then().body("items", empty());
    }

    @Test
    void acceptingIntoABusySlotIs409NamingTheClash() {
        api().body(Map.of("title", "Host's panel", "format", "PANEL", "startsAt", Dialogue.at("11:00"), "endsAt", Dialogue.at("12:00"),
                "moderatorMayorId", d.hostMayor())).post("/events/" + d.event() + "/sessions").then().statusCode(201);
        String id = request(d.first(), d.hostMayor(), "11:30", "12:30");
        asOrganiser().post(meetings() + "/" + id + "/accept").then().statusCode(409)
                .body("type", endsWith("/conflict"), "errors[0].field", equalTo("counterpartMayorId"),
                        "errors[0].message", containsString("Host's panel"));
        asOrganiser().get(meetings() + "/" + id).then().body("status", equalTo("REQUESTED"));
    }

    /**
     * Five requests of the same mayor's time, all overlapping, accepted at once by the organiser: the event's lock
     * lets exactly one through; every other accept is a 409 naming the one that won.
     */
    @Test
    void racingAcceptsOfOverlappingMeetingsLetExactlyOneWin() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(request(d.first(), i % 2 == 0 ? d.hostMayor() : d.second().mayorId(), "15:0" + i, "15:3" + i));
        }
        List<Callable<Response>> accepts = new ArrayList<>();
        for (String id : ids) {
            accepts.add(() -> asOrganiser().post(meetings() + "/" + id + "/accept"));
        }
        List<Response> answers = Parallel.run(5, accepts);
        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("id");
        answers.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertThat(r.<String>path("errors[0].message")).contains(winner));
        asOrganiser().queryParam("status", "ACCEPTED").get(meetings()).then().body("items.id", contains(winner));
    }

    @Test
    void suggestionsAvoidBothMayorsCommitmentsOnTheQuarterHour() {
        api().body(Map.of("title", "Morning", "format", "PLENARY", "startsAt", Dialogue.at("09:00"), "endsAt", Dialogue.at("10:10"),
                "panelistMayorIds", List.of(d.first().mayorId()))).post("/events/" + d.event() + "/sessions").then().statusCode(201);
        String id = request(d.second(), d.hostMayor(), "10:30", "11:00");
        asOrganiser().post(meetings() + "/" + id + "/accept").then().statusCode(200);
        asPartner(d.first().apiKey()).queryParam("mayorA", d.first().mayorId()).queryParam("mayorB", d.second().mayorId())
                .queryParam("minutes", 30).get(meetings() + "/suggestions").then().statusCode(200)
                .body("items[0].startsAt", equalTo(Dialogue.at("11:00")), "items[0].endsAt", equalTo(Dialogue.at("11:30")),
                        "items", hasSize(20), "truncated", equalTo(true));
        asPartner(d.first().apiKey()).queryParam("mayorA", d.first().mayorId()).queryParam("mayorB", d.second().mayorId())
                .queryParam("minutes", 5).get(meetings() + "/suggestions").then().statusCode(400);
        Partners.Partner outsider = Partners.create("JP", "Curious " + unique());
        asPartner(outsider.apiKey()).queryParam("mayorA", d.first().mayorId()).queryParam("mayorB", d.second().mayorId())
                .get(meetings() + "/suggestions").then().statusCode(403);
    }

    @Test
    void anEventOfSeveralDaysIsSuggestedWithinEachDaysHoursNotAtNight() {
        // the dialogue runs on to a second day, 09:00 to 18:00 each day; both mayors are busy all of the first
        var event = asOrganiser().get("/events/" + d.event()).then().statusCode(200).extract();
        api().body(Map.of("name", event.<String>path("name"), "hostCityId", event.<String>path("hostCityId"), "status", "OPEN",
                "startsAt", event.<String>path("startsAt"), "endsAt", Dates.inDays(Dialogue.DAYS_AHEAD + 1, "18:00"),
                "registrationDeadline", event.<String>path("registrationDeadline"), "topicIds", event.<List<String>>path("topicIds")))
                .put("/events/" + d.event()).then().statusCode(200);
        api().body(Map.of("title", "All day", "format", "PLENARY", "startsAt", Dialogue.at("09:00"), "endsAt", Dialogue.at("18:00"),
                "panelistMayorIds", List.of(d.first().mayorId(), d.second().mayorId()))).post("/events/" + d.event() + "/sessions")
                .then().statusCode(201);
        asPartner(d.first().apiKey()).queryParam("mayorA", d.first().mayorId()).queryParam("mayorB", d.second().mayorId())
                .queryParam("minutes", 60).get(meetings() + "/suggestions").then().statusCode(200)
                .body("items[0].startsAt", equalTo(Dates.inDays(Dialogue.DAYS_AHEAD + 1, "09:00")),
                        "items[19].startsAt", equalTo(Dates.inDays(Dialogue.DAYS_AHEAD + 1, "13:45")), "truncated", equalTo(true));
    }

    @Test
    void theOrganiserExportsMeetingsAsCsvAndPartnersMayNot() {
        request(d.first(), d.second().mayorId(), "16:00", "16:30");
        String csv = asOrganiser().accept("text/csv").get(meetings()).then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(MeetingService.CSV_HEADER);
        assertThat(lines[1]).contains(",REQUESTED,").contains("Mayor of Dialogue Japan").contains("Mayor of Dialogue Korea");
        asPartner(d.first().apiKey()).accept("text/csv").get(meetings()).then().statusCode(403);
    }
}
