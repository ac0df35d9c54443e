package io.mayorsdialogue.api.demo;

import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;

/** The demo data is off in tests by default; loading it on demand gives the Qingdao dialogue, once. */
@QuarkusTest
class DemoDataTest extends ApiTest {

    @Inject
    DemoData demo;

    @Test
    void loadsTheQingdaoDialogueOnceAndItIsReadableThroughTheApi() {
        boolean wasLoaded = given().get("/events/" + DemoData.QINGDAO_DIALOGUE).statusCode() == 200
                && given().get("/events/" + DemoData.COASTAL_FORUM).statusCode() == 200;
        assertThat(demo.loadIfAbsent()).as("the first load adds the data unless it was there").isEqualTo(!wasLoaded);
        assertThat(demo.loadIfAbsent()).as("a second load finds the data and adds nothing").isFalse();
        given().queryParam("q", "Global Mayors Dialogue").get("/events").then().body("items", hasSize(1));

        String event = DemoData.QINGDAO_DIALOGUE.toString();
        given().get("/events/" + event).then().statusCode(200)
                .body("name", equalTo("Global Mayors Dialogue · Qingdao"),
                        "hostCityId", equalTo(DemoData.QINGDAO.toString()),
                        "startsAt", equalTo("2025-07-19T09:00:00+08:00"),
                        "timeZone", equalTo("Asia/Shanghai"),
                        "topicIds", containsInAnyOrder(DemoData.MARINE_TOURISM.toString(),
                                DemoData.HISTORIC_DISTRICTS.toString(), DemoData.INTERNATIONAL_TOURISM.toString()));
        given().get("/events/" + event + "/attendees").then().statusCode(200)
                .body("items.fullName", hasItem("Ren Gang"), "items.countryCode", hasItems("CN", "JP", "KR", "GR", "KH"),
                        // the article names who attended: Hungary's Somogy County is a sister city, not a participant
                        "items.countryCode", not(hasItem("HU")));
        given().get("/cities/" + DemoData.QINGDAO).then().body("localName", equalTo("青岛"));
        given().get("/cities/" + DemoData.SOMOGY).then().body("adminLevel", equalTo("COUNTY"), "countryCode", equalTo("HU"));
        given().get("/cities/" + DemoData.SIEM_REAP).then().body("localName", equalTo("ក្រុងសៀមរាប"));
        var forum = given().get("/events/" + DemoData.COASTAL_FORUM).then().statusCode(200).body("status", equalTo("OPEN")).extract();
        OffsetDateTime starts = OffsetDateTime.parse(forum.path("startsAt"));
        assertThat(starts).as("the open forum lies ahead whenever the demo is loaded").isAfter(OffsetDateTime.now().plusDays(30));
        assertThat(OffsetDateTime.parse(forum.<String>path("registrationDeadline"))).isBefore(starts).isAfter(OffsetDateTime.now());
        given().get("/events/" + event + "/sessions").then().statusCode(200)
                .body("items.title", hasItems("Opening plenary: a bridge between cities", "Marine tourism: bays, beaches and ports",
                        "Reviving historic districts through cultural tourism", "International tourism for people-to-people exchange"),
                        "items.topicId", hasItems(DemoData.MARINE_TOURISM.toString(), DemoData.HISTORIC_DISTRICTS.toString(),
                                DemoData.INTERNATIONAL_TOURISM.toString()));
        asOrganiser().queryParam("status", "ACCEPTED").get("/events/" + event + "/meetings").then().statusCode(200)
                .body("items", hasSize(2), "items.counterpartMayorId", everyItem(equalTo(DemoData.REN_GANG.toString())));
        given().get("/events/" + DemoData.COASTAL_FORUM + "/sessions").then().body("items.size()", greaterThan(0));
        given().get("/cities/" + DemoData.QINGDAO + "/sister-cities").then().statusCode(200)
                .body("items[0].partnerCityId", equalTo(DemoData.SHIMONOSEKI.toString()), "items[0].ordinal", equalTo(1),
                        "items[0].establishedOn", equalTo("1979-10-03"));
    }
}
