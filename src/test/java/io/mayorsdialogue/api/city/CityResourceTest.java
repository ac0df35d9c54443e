package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CityResourceTest extends ApiTest {

    @BeforeEach
    void countries() {
        Fixtures.country("JP", "Japan");
        Fixtures.country("GR", "Greece");
        Fixtures.country("KH", "Cambodia");
    }

    private static Map<String, Object> city(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("localName", "下関市");
        body.put("countryCode", "JP");
        body.put("adminLevel", "CITY");
        body.put("timeZone", "Asia/Tokyo");
        body.put("latitude", 33.9578);
        body.put("longitude", 130.9414);
        return body;
    }

    @Test
    void createsReadsReplacesAndDeletesACityKeepingUnicodeIntact() {
        String name = "Shimonoseki " + unique();
        String id = api().body(city(name)).post("/cities")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/cities/"))
                .body("name", equalTo(name), "localName", equalTo("下関市"), "latitude", equalTo(33.9578f))
                .extract().path("id");

        given().get("/cities/" + id).then().statusCode(200).body("id", equalTo(id), "timeZone", equalTo("Asia/Tokyo"));

        Map<String, Object> replaced = city(name);
        replaced.put("localName", "Πειραιάς");
        replaced.put("countryCode", "GR");
        replaced.put("timeZone", "Europe/Athens");
        api().body(replaced).put("/cities/" + id).then().statusCode(200)
                .body("localName", equalTo("Πειραιάς"), "countryCode", equalTo("GR"));

        asOrganiser().delete("/cities/" + id).then().statusCode(204);
        given().get("/cities/" + id).then().statusCode(404);
    }

    @Test
    void serverOwnedIdInTheBodyIsIgnored() {
        Map<String, Object> body = city("Hagi " + unique());
        body.put("id", "00000000-0000-0000-0000-000000000001");
        String id = api().body(body).post("/cities").then().statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(id).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        given().get("/cities/00000000-0000-0000-0000-000000000001").then().statusCode(404);
    }

    @Test
    void rulesTheSchemaCannotExpressAre422NamingEachField() {
        Map<String, Object> body = city("Nowhere " + unique());
        body.put("countryCode", "FR");
        body.put("timeZone", "+08:00");
        body.remove("longitude");
        api().body(body).post("/cities")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("countryCode", "timeZone", "latitude"),
                        "errors.find { it.field == 'countryCode' }.message", containsString("FR"));
        given().queryParam("country", "FR").get("/cities").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void schemaViolationsAre400() {
        Map<String, Object> body = city("");
        body.put("latitude", 123.0);
        api().body(body).post("/cities")
                .then().statusCode(400).body("errors.field", hasItems("name", "latitude"));
    }

    @Test
    void aDuplicateNameInTheSameCountryIsAConflictAndNothingIsWritten() {
        String name = "Siem Reap " + unique();
        Map<String, Object> body = city(name);
        body.put("countryCode", "KH");
        body.put("timeZone", "Asia/Phnom_Penh");
        api().body(body).post("/cities").then().statusCode(201);
        body.put("name", name.toUpperCase());
        api().body(body).post("/cities").then().statusCode(409).body("detail", containsString("already exists"));
        given().queryParam("country", "KH").queryParam("limit", 100).get("/cities")
                .then().body("items.findAll { it.name.equalsIgnoreCase('" + name + "') }.size()", equalTo(1));
    }

    @Test
    void filtersByCountryAndAdminLevel() {
        String county = "Somogy " + unique();
        Fixtures.country("HU", "Hungary");
        Map<String, Object> body = city(county);
        body.put("countryCode", "HU");
        body.put("adminLevel", "COUNTY");
        body.put("timeZone", "Europe/Budapest");
        api().body(body).post("/cities").then().statusCode(201);
        given().queryParam("country", "HU").queryParam("adminLevel", "COUNTY").queryParam("limit", 100).get("/cities")
                .then().statusCode(200)
                .body("items.countryCode", everyItem(equalTo("HU")), "items.adminLevel", everyItem(equalTo("COUNTY")));
        // narrowed by name, so the answer does not depend on how many cities other tests created
        given().queryParam("country", "HU").queryParam("adminLevel", "COUNTY").queryParam("q", county).get("/cities")
                .then().body("items.name", contains(county));
        given().queryParam("country", "JP").queryParam("q", county).get("/cities").then().body("items", empty());
        given().queryParam("country", "HU").queryParam("adminLevel", "CITY").queryParam("q", county).get("/cities")
                .then().body("items", empty());
    }

    @Test
    void aCityWithMayorsOrEventsCannotBeDeleted() {
        String id = Fixtures.city("Kobe " + unique(), "JP", "Asia/Tokyo");
        Fixtures.mayor("Test Mayor " + unique(), id);
        asOrganiser().delete("/cities/" + id).then().statusCode(409)
                .body("type", endsWith("/still-referenced"), "detail", containsString("still has mayors"));
        given().get("/cities/" + id).then().statusCode(200);
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        given().get("/cities/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().get("/cities/not-a-uuid").then().statusCode(404).body("detail", endsWith("'not-a-uuid'."));
        api().body(city("X")).put("/cities/not-a-uuid").then().statusCode(404);
        asOrganiser().delete("/cities/not-a-uuid").then().statusCode(404);
    }
}
