package io.mayorsdialogue.api.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dialogue;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file, read back with a real iCalendar parser (biweekly), and checked against RFC 5545's framing. */
@QuarkusTest
class CalendarTest extends ApiTest {

    private Dialogue d;
    private String session;
    private String meeting;

    @BeforeEach
    void agenda() {
        d = Dialogue.create();
        session = api().body(Map.of("title", "Ports, bays; and beaches, with a very long title that needs folding: 青岛 海洋旅游 · Qingdao",
                        "format", "PANEL", "startsAt", Dialogue.at("10:00"), "endsAt", Dialogue.at("11:00"), "room", "Hall A",
                        "description", "Line one\nline two, with a comma", "moderatorMayorId", d.hostMayor()))
                .post("/events/" + d.event() + "/sessions").then().statusCode(201).extract().path("id");
        meeting = asPartner(d.first().apiKey()).body(Map.of("requesterMayorId", d.first().mayorId(), "counterpartMayorId",
                d.second().mayorId(), "startsAt", Dialogue.at("14:00"), "endsAt", Dialogue.at("14:30"), "room", "Room 2"))
                .post("/events/" + d.event() + "/meetings").then().statusCode(201).extract().path("id");
        asOrganiser().post("/events/" + d.event() + "/meetings/" + meeting + "/accept").then().statusCode(200);
    }

    @Test
    void theAgendaParsesBackWithTheSameTimesTextsAndStableIds() {
        String ics = given().get("/events/" + d.event() + "/calendar.ics").then().statusCode(200)
                .contentType(containsCalendar()).extract().asString();
        assertFraming(ics);
        ICalendar calendar = Biweekly.parse(ics).first();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(2);
        VEvent panel = events.stream().filter(e -> e.getUid().getValue().contains(session)).findFirst().orElseThrow();
        assertThat(panel.getSummary().getValue()).isEqualTo("Ports, bays; and beaches, with a very long title that needs folding: 青岛 海洋旅游 · Qingdao");
        assertThat(panel.getDescription().getValue()).isEqualTo("Line one\nline two, with a comma");
        assertThat(panel.getLocation().getValue()).isEqualTo("Hall A");
        assertThat(panel.getDateStart().getValue().toInstant()).isEqualTo(OffsetDateTime.parse(Dialogue.at("10:00")).toInstant());
        assertThat(panel.getDateEnd().getValue().toInstant()).isEqualTo(OffsetDateTime.parse(Dialogue.at("11:00")).toInstant());
        assertThat(panel.getDateTimeStamp()).isNotNull();
        String again = given().get("/events/" + d.event() + "/calendar.ics").then().extract().asString();
        assertThat(Biweekly.parse(again).first().getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactlyElementsOf(events.stream().map(e -> e.getUid().getValue()).toList());
    }

    @Test
    void aMayorsMeetingsAreAddedForThoseWhoMaySeeThem() {
        String path = "/events/" + d.event() + "/calendar.ics";
        String withMeeting = asPartner(d.first().apiKey()).queryParam("mayorId", d.first().mayorId()).get(path)
                .then().statusCode(200).extract().asString();
        List<VEvent> events = Biweekly.parse(withMeeting).first().getEvents();
        assertThat(events).hasSize(3);
        VEvent m = events.stream().filter(e -> e.getUid().getValue().contains(meeting)).findFirst().orElseThrow();
        assertThat(m.getSummary().getValue()).contains("Mayor of Dialogue Japan").contains("Mayor of Dialogue Korea");
        asOrganiser().queryParam("mayorId", d.second().mayorId()).get(path).then().statusCode(200);
        asPartner(d.second().apiKey()).queryParam("mayorId", d.first().mayorId()).get(path).then().statusCode(403);
        given().queryParam("mayorId", d.first().mayorId()).get(path).then().statusCode(401);
        Partners.Partner outsider = Partners.create("JP", "Calendar outsider " + unique());
        asPartner(outsider.apiKey()).queryParam("mayorId", d.first().mayorId()).get(path).then().statusCode(403);
    }

    private static org.hamcrest.Matcher<String> containsCalendar() {
        return org.hamcrest.Matchers.startsWith("text/calendar");
    }

    /** CRLF everywhere, no physical line over 75 octets, continuation lines start with a space. */
    private static void assertFraming(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(ics).contains("SUMMARY:Ports\\, bays\\; and beaches");
    }
}
