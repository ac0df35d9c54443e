package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CountryResourceTest extends ApiTest {

    @Test
    void createsReadsReplacesAndDeletesACountry() {
        api().body(Map.of("code", "MT", "name", "Malta", "region", "Southern Europe"))
                .post("/countries")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/countries/MT"))
                .body("code", equalTo("MT"), "name", equalTo("Malta"), "region", equalTo("Southern Europe"));

        given().get("/countries/MT").then().statusCode(200).body("name", equalTo("Malta"));

        api().body(Map.of("code", "MT", "name", "Republic of Malta"))
                .put("/countries/MT")
                .then().statusCode(200).body("name", equalTo("Republic of Malta"), "region", nullValue());

        asOrganiser().delete("/countries/MT").then().statusCode(204);
        given().get("/countries/MT").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404), "detail", containsString("MT"));
    }

    @Test
    void listsCountriesInCodeOrderWithCursorPaging() {
        Fixtures.country("AD", "Andorra");
        Fixtures.country("AE", "United Arab Emirates");
        var first = given().queryParam("limit", 1).get("/countries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .header("Link", containsString("rel=\"next\""))
                .extract();
        String next = first.path("next");
        String firstCode = first.path("items[0].code");
        given().queryParam("limit", 1).queryParam("cursor", next).get("/countries").then().statusCode(200)
                .body("items[0].code", org.hamcrest.Matchers.greaterThan(firstCode));
        given().queryParam("limit", 100).get("/countries").then().statusCode(200)
                .body("items.code", hasItem("AE"));
    }

    @Test
    void refusesCodesThatAreNotIsoCountries() {
        api().body(Map.of("code", "ZZ", "name", "Nowhere"))
                .post("/countries")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        given().get("/countries/ZZ").then().statusCode(404);
    }

    @Test
    void refusesLowerCaseAndMissingFieldsWith400NamingEachField() {
        api().body(Map.of("code", "fr"))
                .post("/countries")
                .then().statusCode(400)
                .body("errors.field", hasItem("code"), "errors.field", hasItem("name"));
    }

    @Test
    void duplicateCodeOrNameIsAConflictAndChangesNothing() {
        Fixtures.country("AT", "Austria");
        api().body(Map.of("code", "AT", "name", "Österreich"))
                .post("/countries").then().statusCode(409).body("detail", containsString("AT"));
        Fixtures.country("BE", "Belgium");
        api().body(Map.of("code", "BE", "name", "austria"))
                .put("/countries/BE").then().statusCode(409);
        given().get("/countries/AT").then().body("name", equalTo("Austria"));
        given().get("/countries/BE").then().body("name", equalTo("Belgium"));
    }

    @Test
    void theCodeOfACountryCannotChange() {
        Fixtures.country("BG", "Bulgaria");
        api().body(Map.of("code", "RO", "name", "Romania"))
                .put("/countries/BG").then().statusCode(422).body("errors[0].field", equalTo("code"));
        given().get("/countries/RO").then().statusCode(404);
    }

    @Test
    void aCountryWithCitiesCannotBeDeleted() {
        Fixtures.country("CZ", "Czechia");
        Fixtures.city("Brno " + unique(), "CZ", "Europe/Prague");
        asOrganiser().delete("/countries/CZ").then().statusCode(409).body("detail", containsString("cit"));
        given().get("/countries/CZ").then().statusCode(200);
    }
}
