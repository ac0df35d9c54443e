package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Free text, filters and client-chosen sort orders on the lists, all with keyset paging. */
@QuarkusTest
class ListQueriesTest extends ApiTest {

    @Test
    void freeTextIgnoresCaseAndAccentsAndTreatsWildcardsLiterally() {
        Fixtures.country("HU", "Hungary");
        String tag = unique();
        String pecs = Fixtures.city("Pécs " + tag, "HU", "Europe/Budapest");
        given().queryParam("q", "pecs " + tag).get("/cities").then().statusCode(200).body("items.id", contains(pecs));
        given().queryParam("q", "PÉCS " + tag.toUpperCase()).get("/cities").then().body("items.id", contains(pecs));
        given().queryParam("q", "p%s " + tag).get("/cities").then().body("items", empty());
        String mayor = Fixtures.mayor("Zoltán Kovács " + tag, pecs);
        given().queryParam("q", "zoltan kovacs " + tag).get("/mayors").then().body("items.id", contains(mayor));
        String topic = Fixtures.topic("Thermal baths " + tag);
        given().queryParam("q", "THERMAL BATHS " + tag).get("/topics").then().body("items.id", contains(topic));
    }

    @Test
    void greekTypedInCapitalsFindsNamesEndingInAFinalSigma() {
        Fixtures.country("GR", "Greece");
        String tag = unique();
        String piraeus = Fixtures.city("Πειραιάς " + tag, "GR", "Europe/Athens");
        given().queryParam("q", "ΠΕΙΡΑΙΑΣ " + tag).get("/cities").then().statusCode(200).body("items.id", contains(piraeus));
        String mayor = Fixtures.mayor("Γιάννης Μώραλης " + tag, piraeus);
        // the name search alone walks the pieces of the folded names (mayor_name_gram); with a city, the mayors' table
        given().queryParam("q", "ΜΩΡΑΛΗΣ " + tag).get("/mayors").then().statusCode(200).body("items.id", contains(mayor));
        given().queryParam("q", "ΜΩΡΑΛΗΣ " + tag).queryParam("cityId", piraeus).get("/mayors").then().body("items.id", contains(mayor));
        String topic = Fixtures.topic("Κρουαζιέρες και λιμάνια " + tag);
        given().queryParam("q", "ΚΡΟΥΑΖΙΕΡΕΣ").queryParam("limit", 100).get("/topics").then().body("items.id", org.hamcrest.Matchers.hasItem(topic));
    }

    @Test
    void clientsChooseTheSortOrderAndPagesFollowIt() {
        String tag = unique();
        for (String letter : List.of("b", "d", "a", "c", "e")) {
            Fixtures.topic("Sorted " + tag + " " + letter);
        }
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "Sorted " + tag).queryParam("sort", "-title").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/topics").then().statusCode(200).extract();
            titles.addAll(page.path("items.title"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(titles).extracting(t -> t.substring(t.length() - 1)).containsExactly("e", "d", "c", "b", "a");
    }

    @Test
    void unknownSortsAndCursorsFromAnotherOrderAre400() {
        given().queryParam("sort", "colour").get("/cities").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"), "errors[0].message", containsString("-name"));
        Fixtures.topic("Cursor A " + unique());
        Fixtures.topic("Cursor B " + unique());
        String next = given().queryParam("limit", 1).get("/topics").then().extract().path("next");
        given().queryParam("limit", 1).queryParam("cursor", next).queryParam("sort", "-title").get("/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** An event in Shanghai (UTC+8) filtered with instants in UTC: the comparison is on instants, not wall clocks. */
    @Test
    void fromAndToSelectOverlappingEventsAcrossTimeZones() {
        Fixtures.country("CN", "China");
        String city = Fixtures.city("Zone host " + unique(), "CN", "Asia/Shanghai");
        String event = api().body(Map.of("name", "Zoned " + unique(), "hostCityId", city,
                        "startsAt", "2026-03-10T09:00:00+08:00", "endsAt", "2026-03-10T17:00:00+08:00"))
                .post("/events").then().statusCode(201).extract().path("id");
        String events = "/events"; // a DRAFT: the organiser's view
        asOrganiser().queryParam("hostCityId", city).queryParam("from", "2026-03-10T08:59:00Z").get(events)
                .then().body("items.id", contains(event));
        asOrganiser().queryParam("hostCityId", city).queryParam("from", "2026-03-10T09:00:00Z").get(events)
                .then().body("items", empty());                       // it ended at 09:00Z (17:00 in Shanghai)
        asOrganiser().queryParam("hostCityId", city).queryParam("to", "2026-03-10T01:00:00Z").get(events)
                .then().body("items", empty());                       // it starts at 01:00Z (09:00 in Shanghai)
        asOrganiser().queryParam("hostCityId", city).queryParam("from", "2026-03-10T00:00:00-05:00")
                .queryParam("to", "2026-03-10T01:00:01Z").get(events)
                .then().body("items.id", contains(event), "items[0].startsAt", equalTo("2026-03-10T09:00:00+08:00"));
    }

    @Test
    void eventsFilterByHostCountryAndTopicAndAttendeesByCountry() {
        Fixtures.country("GR", "Greece");
        Fixtures.country("KH", "Cambodia");
        String tag = unique();
        String piraeus = Fixtures.city("Piraeus " + tag, "GR", "Europe/Athens");
        String siemReap = Fixtures.city("Siem Reap " + tag, "KH", "Asia/Phnom_Penh");
        String heritage = Fixtures.topic("Heritage " + tag);
        String greek = Fixtures.event("Greek " + tag, piraeus, List.of(heritage));
        String khmer = Fixtures.event("Khmer " + tag, siemReap, List.of());
        given().queryParam("q", tag).queryParam("country", "GR").get("/events").then().body("items.id", contains(greek));
        given().queryParam("topicId", heritage).get("/events").then().body("items.id", contains(greek));
        given().queryParam("topicId", "nonsense").get("/events").then().statusCode(200).body("items", empty());
        given().queryParam("q", tag).queryParam("sort", "-name").get("/events").then().body("items.id", contains(khmer, greek));

        String nikos = Fixtures.mayor("Nikos " + tag, piraeus);
        String dara = Fixtures.mayor("Dara " + tag, siemReap);
        asOrganiser().put("/events/" + greek + "/attendees/" + nikos).then().statusCode(204);
        asOrganiser().put("/events/" + greek + "/attendees/" + dara).then().statusCode(204);
        given().queryParam("country", "KH").get("/events/" + greek + "/attendees").then().body("items.mayorId", contains(dara));
    }
}
