package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class SisterCityResourceTest extends ApiTest {

    private String qingdao;
    private String shimonoseki;
    private String somogy;
    private String kaposvar;

    @BeforeEach
    void cities() {
        Fixtures.country("CN", "China");
        Fixtures.country("JP", "Japan");
        Fixtures.country("HU", "Hungary");
        qingdao = located("Qingdao " + unique(), "CN", "Asia/Shanghai", 36.0671, 120.3826);
        shimonoseki = located("Shimonoseki " + unique(), "JP", "Asia/Tokyo", 33.9578, 130.9414);
        somogy = located("Somogy " + unique(), "HU", "Europe/Budapest", 46.35, 17.68);
        kaposvar = Fixtures.city("Kaposvar " + unique(), "HU", "Europe/Budapest");
    }

    private static String located(String name, String country, String zone, double lat, double lon) {
        return api().body(Map.of("name", name, "countryCode", country, "adminLevel", "CITY", "timeZone", zone,
                "latitude", lat, "longitude", lon)).post("/cities").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> link(String partner, String kind, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerCityId", partner, "kind", kind, "establishedOn", on));
        body.put("note", "test link");
        return body;
    }

    private static String links(String city) {
        return "/cities/" + city + "/sister-cities";
    }

    @Test
    void linksAreSymmetricAndNumberedInTheOrderEachCityMadeThem() {
        api().body(link(somogy, "SISTER", "2025-07-01")).post(links(qingdao)).then().statusCode(201)
                .header("Location", endsWith(links(qingdao) + "/" + somogy))
                .body("ordinal", equalTo(1), "partnerOrdinal", equalTo(1));
        // Recorded later, but established earlier: it becomes Qingdao's first.
        api().body(link(qingdao, "SISTER", "1979-10-03")).post(links(shimonoseki)).then().statusCode(201)
                .body("partnerCityId", equalTo(qingdao), "ordinal", equalTo(1), "partnerOrdinal", equalTo(1));
        api().body(link(kaposvar, "FRIENDSHIP", "2001-05-20")).post(links(somogy)).then().statusCode(201)
                .body("ordinal", equalTo(1), "partnerOrdinal", equalTo(1));

        given().get(links(qingdao)).then().statusCode(200)
                .body("items.partnerCityId", contains(shimonoseki, somogy),
                        "items.ordinal", contains(1, 2),
                        "items.partnerOrdinal", contains(1, 2),        // Qingdao is Somogy's 2nd, after Kaposvar
                        "items[1].partnerCountryCode", equalTo("HU"), "items[1].kind", equalTo("SISTER"),
                        "next", equalTo(null));
        given().get(links(somogy) + "/" + qingdao).then().statusCode(200)
                .body("ordinal", equalTo(2), "partnerOrdinal", equalTo(2), "establishedOn", equalTo("2025-07-01"));

        asOrganiser().delete(links(somogy) + "/" + qingdao).then().statusCode(204);
        given().get(links(qingdao)).then().body("items.partnerCityId", contains(shimonoseki));
        given().get(links(somogy)).then().body("items.partnerCityId", contains(kaposvar));
        asOrganiser().delete(links(qingdao) + "/" + somogy).then().statusCode(404);
    }

    @Test
    void selfLinksDuplicatesAndFutureDatesAreRefusedAndNothingIsStored() {
        api().body(link(qingdao, "SISTER", "2000-01-01")).post(links(qingdao)).then().statusCode(422)
                .body("errors[0].field", equalTo("partnerCityId"));
        api().body(link(shimonoseki, "SISTER", LocalDate.now().plusDays(30).toString())).post(links(qingdao))
                .then().statusCode(422).body("errors[0].field", equalTo("establishedOn"));
        api().body(link("00000000-0000-0000-0000-000000000000", "SISTER", "2000-01-01")).post(links(qingdao))
                .then().statusCode(422);
        given().get(links(qingdao)).then().body("items", empty());

        api().body(link(shimonoseki, "SISTER", "1979-10-03")).post(links(qingdao)).then().statusCode(201);
        api().body(link(qingdao, "FRIENDSHIP", "1990-01-01")).post(links(shimonoseki)).then().statusCode(409)
                .body("detail", containsString("already linked"));
        given().get(links(qingdao)).then().body("items.kind", contains("SISTER"));
        asOrganiser().delete("/cities/" + shimonoseki).then().statusCode(409).body("detail", containsString("sister-city"));
    }

    @Test
    void filtersByKindCountryAndDate() {
        api().body(link(shimonoseki, "SISTER", "1979-10-03")).post(links(qingdao)).then().statusCode(201);
        api().body(link(somogy, "COOPERATION", "2025-07-01")).post(links(qingdao)).then().statusCode(201);
        api().body(link(kaposvar, "FRIENDSHIP", "2010-03-01")).post(links(qingdao)).then().statusCode(201);

        given().queryParam("kind", "SISTER").get(links(qingdao)).then().body("items.partnerCityId", contains(shimonoseki));
        given().queryParam("country", "HU").get(links(qingdao)).then()
                .body("items.partnerCityId", contains(kaposvar, somogy), "items.ordinal", contains(2, 3));
        given().queryParam("from", "2000-01-01").queryParam("to", "2020-12-31")
                .get(links(qingdao)).then().body("items.partnerCityId", contains(kaposvar));
        given().queryParam("to", "2010-03-01").get(links(qingdao)).then().body("items.partnerCityId", contains(shimonoseki, kaposvar));
        // the deprecated names still work, and with the new ones both bounds apply
        given().queryParam("establishedAfter", "2000-01-01").queryParam("establishedBefore", "2020-12-31")
                .get(links(qingdao)).then().body("items.partnerCityId", contains(kaposvar));
        given().queryParam("from", "1970-01-01").queryParam("establishedAfter", "2000-01-01")
                .get(links(qingdao)).then().body("items.partnerCityId", contains(kaposvar, somogy));
        var first = given().queryParam("limit", 2).get(links(qingdao)).then()
                .body("items.partnerCityId", contains(shimonoseki, kaposvar)).extract();
        given().queryParam("limit", 2).queryParam("cursor", (String) first.path("next")).get(links(qingdao)).then()
                .body("items.partnerCityId", contains(somogy), "next", equalTo(null));
    }

    @Test
    void theNetworkReachesPartnersOfPartnersWithThePath() {
        api().body(link(shimonoseki, "SISTER", "1979-10-03")).post(links(qingdao)).then().statusCode(201);
        api().body(link(somogy, "SISTER", "2025-07-01")).post(links(qingdao)).then().statusCode(201);
        api().body(link(kaposvar, "FRIENDSHIP", "2001-05-20")).post(links(somogy)).then().statusCode(201);

        given().get("/cities/" + qingdao + "/network").then().statusCode(200)
                .body("depth", equalTo(2), "truncated", equalTo(false),
                        "nodes.cityId", hasItems(shimonoseki, somogy, kaposvar),
                        "nodes.find { it.cityId == '" + kaposvar + "' }.distance", equalTo(2),
                        "nodes.find { it.cityId == '" + kaposvar + "' }.path", contains(qingdao, somogy, kaposvar),
                        "nodes.find { it.cityId == '" + somogy + "' }.distance", equalTo(1));
        given().queryParam("depth", 1).get("/cities/" + qingdao + "/network").then()
                .body("nodes.cityId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(kaposvar)));
        given().queryParam("depth", 4).get("/cities/" + qingdao + "/network").then().statusCode(400);
    }

    @Test
    void theNetworkIsDrawnAsGeoJson() {
        api().body(link(shimonoseki, "SISTER", "1979-10-03")).post(links(qingdao)).then().statusCode(201);
        api().body(link(kaposvar, "FRIENDSHIP", "2001-05-20")).post(links(qingdao)).then().statusCode(201); // no coordinates
        given().accept("application/geo+json").get(links(qingdao)).then().statusCode(200)
                .contentType(containsString("application/geo+json"))
                .body("type", equalTo("FeatureCollection"),
                        "features.geometry.type", contains("Point", "LineString"),
                        "features[0].geometry.coordinates", contains(120.3826f, 36.0671f),
                        "features[1].geometry.coordinates[1]", contains(130.9414f, 33.9578f),
                        "features[1].properties.kind", equalTo("SISTER"),
                        "features[1].properties.ordinal", equalTo(1));
    }
}
