package io.mayorsdialogue.api.web;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Every error the service can produce is RFC 9457 problem+json with a message a person can act on. */
@QuarkusTest
class ErrorHandlingTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        api().body("{\"title\": \"Marine tourism\",")
                .post("/topics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400), "title", equalTo("The body is not valid JSON"),
                        "detail", containsString("line 1"), "instance", equalTo("/api/v1/topics"),
                        "type", startsWith("https://"));
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        api().body(Map.of("title", "Ports " + unique(), "colour", "blue"))
                .post("/topics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"), "errors[0].message", containsString("known fields"));
    }

    @Test
    void wrongTypeAndUnknownEnumValueAre400WithTheExpectedValues() {
        api().body(Map.of("description", Map.of("a", 1)))
                .post("/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
        api().body(Map.of("name", "X", "countryCode", "CN", "adminLevel", "MEGACITY", "timeZone", "Asia/Shanghai"))
                .post("/cities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("adminLevel"), "errors[0].message", containsString("PREFECTURE"));
    }

    /** A value of another JSON type than the contract's is refused, not converted, and nothing is stored. */
    @Test
    void valuesOfTheWrongJsonTypeAre400NotConverted() {
        String title = "Coerced " + unique();
        api().body("{\"title\": 123}").post("/topics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"), "errors[0].message", containsString("a string"));
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Coercion " + unique(), "JP", "Asia/Tokyo");
        Map<String, Object> event = Map.of("name", title, "hostCityId", city,
                "startsAt", Dates.inDays(30, "09:00"), "endsAt", Dates.inDays(30, "18:00"));
        for (Map.Entry<String, Object> wrong : List.<Map.Entry<String, Object>>of(Map.entry("capacity", "5"),
                Map.entry("capacity", 1.5), Map.entry("startsAt", 1_800_000_000), Map.entry("status", 1),
                Map.entry("startsAt", "+99999-01-01T00:00:00Z"))) {
            Map<String, Object> body = new HashMap<>(event);
            body.put(wrong.getKey(), wrong.getValue());
            api().body(body).post("/events")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(wrong.getKey()));
        }
        asOrganiser().get("/events?q=" + title).then().statusCode(200).body("items", hasSize(0));
        api().body(Map.of("fullName", title, "cityId", city, "termStart", List.of(2025, 7, 19))).post("/mayors")
                .then().statusCode(400).body("errors[0].field", equalTo("termStart"));
        api().body(event).post("/events").then().statusCode(201);
        asOrganiser().get("/events?q=" + title).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anythingAfterTheJsonValueIsMalformedJson() {
        String title = "Trailing " + unique();
        api().body("{\"title\": \"" + title + "\"} xyz").post("/topics")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("The body is not valid JSON"));
        given().get("/topics?q=" + title).then().statusCode(200).body("items", hasSize(0));
    }

    /** A missing body is named as the body, not by the resource's Java parameter name. */
    @Test
    void aMissingBodyIs400NamingTheBody() {
        api().post("/topics").then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("body"));
        api().body("null").post("/topics").then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("body"));
    }

    @Test
    void badDateIs400WithAnExample() {
        api().body(Map.of("name", "E", "hostCityId", "x", "startsAt", "19 July 2025", "endsAt", "2025-07-19T17:00:00Z"))
                .post("/events")
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"),
                        "errors[0].message", containsString("2025-07-19T09:30:00+08:00"));
    }

    @Test
    void unknownPathsAre404ProblemsInsideAndOutsideTheApi() {
        given().noFiltersOfType(OpenApiValidationFilter.class)
                .get("/no-such-thing").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().noFiltersOfType(OpenApiValidationFilter.class).basePath("/")
                .get("/nowhere").then().statusCode(404).contentType(PROBLEM).body("instance", equalTo("/nowhere"));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        asOrganiser().delete("/countries")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", allOf(containsString("GET"), containsString("POST")))
                .body("status", equalTo(405));
    }

    /** OPTIONS offers what the contract has on the path, nothing that would then be a 405. */
    @Test
    void optionsListsTheMethodsOfThePath() {
        given().noFilters().options("/topics").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        Fixtures.country("JP", "Japan");
        String event = Fixtures.event("Options " + unique(), Fixtures.city("Options " + unique(), "JP", "Asia/Tokyo"), List.of());
        given().noFilters().options("/events/" + event + "/stats").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void unacceptableAcceptIs406() {
        given().accept("application/xml").get("/countries")
                .then().statusCode(406).contentType(PROBLEM).body("status", equalTo(406), "detail", containsString("application/json"));
        // the detail names what this resource offers, not JSON everywhere
        Fixtures.country("JP", "Japan");
        String event = Fixtures.event("Calendar " + unique(), Fixtures.city("Calendar " + unique(), "JP", "Asia/Tokyo"), List.of());
        given().accept("application/xml").get("/events/" + event + "/calendar.ics")
                .then().statusCode(406).contentType(PROBLEM).body("detail", containsString("text/calendar"),
                        "detail", not(containsString("application/json")));
    }

    @Test
    void unsupportedContentTypeIs415() {
        asOrganiser().contentType("text/plain").body("title=Ports")
                .post("/topics")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("application/json"));
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "x".repeat(1_100_000);
        asOrganiser().noFiltersOfType(OpenApiValidationFilter.class).contentType(ContentType.JSON)
                .body(Map.of("title", huge))
                .post("/topics")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("1 MiB"));
    }

    /** Found by the fuzz suite: each was a 500 or an answer outside the Problem schema's bounds. */
    @Test
    void nulCharactersNullItemsAndHugeBadValuesAre400WithinBounds() {
        api().noFiltersOfType(OpenApiValidationFilter.class).body("{\"title\": \"nul\\u0000inside\"}").post("/topics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"), "errors[0].message", containsString("NUL"));
        api().noFiltersOfType(OpenApiValidationFilter.class)
                .body("{\"fullName\": \"N. Ull\", \"title\": \"Mayor\", \"cityId\": \"x\", \"languages\": [\"en\", null]}")
                .post("/mayors")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("languages[1]"), "errors[0].message", equalTo("must not be null"));
        String huge = "9".repeat(10_000);
        api().noFiltersOfType(OpenApiValidationFilter.class)
                .body(Map.of("name", "Huge", "hostCityId", "x", "startsAt", huge, "endsAt", huge)).post("/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail.length()", org.hamcrest.Matchers.lessThan(300), "errors[0].message", containsString("…"));
    }

    /** Netty would answer these with an empty body; the early route answers first, with a problem. */
    @Test
    void anOverlongUriIs414AndOversizedHeadersAre431AsProblems() {
        given().noFiltersOfType(OpenApiValidationFilter.class).queryParam("q", "x".repeat(5000)).get("/topics")
                .then().statusCode(414).contentType(PROBLEM)
                .body("status", equalTo(414), "detail", containsString("the limit is 4096"));
        given().noFiltersOfType(OpenApiValidationFilter.class).header("X-Padding", "y".repeat(25_000)).get("/topics")
                .then().statusCode(431).contentType(PROBLEM)
                .body("status", equalTo(431), "detail", containsString("20 KiB"));
        given().queryParam("q", "x".repeat(100)).get("/topics").then().statusCode(200); // within both limits
    }

    @Test
    void outOfRangeOrUnparsableLimitAndForgedCursorsAre400() {
        given().queryParam("limit", 0).get("/topics").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
        given().queryParam("limit", 101).get("/topics").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/topics").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** Quarkus REST reports a value it cannot convert without naming the parameter; the answer names it. */
    @Test
    void unconvertibleQueryValuesNameTheirParameter() {
        given().queryParam("limit", "abc").get("/topics").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("limit"), "errors[0].message", containsString("whole number"),
                        "detail", containsString("'limit'"));
        given().queryParam("status", "BOGUS").get("/events").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("status"), "errors[0].message", containsString("OPEN"));
        given().queryParam("from", "yesterday").get("/events").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("from"), "errors[0].message", containsString("2026-09-01"));
        given().queryParam("from", "yesterday").queryParam("limit", "x").get("/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("from", "limit"));
        for (String notAnInt32 : List.of("99999999999", " 10")) { // beyond int32, or with blanks JAX-RS does not trim
            given().queryParam("limit", notAnInt32).get("/events").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("limit"));
        }
    }

    /** An endpoint outside the contract has no x-roles: it is the organiser's alone. */
    @Test
    void endpointsTheContractDoesNotDescribeAreDeniedByDefault() {
        given().noFiltersOfType(OpenApiValidationFilter.class).get("/test-only/failure").then().statusCode(401);
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        asOrganiser().noFiltersOfType(OpenApiValidationFilter.class)
                .get("/test-only/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .body("status", equalTo(500), "title", equalTo("Unexpected error"),
                        "detail", not(containsString("select")), "detail", not(containsString("Exception")),
                        "instance", equalTo("/api/v1/test-only/failure"));
    }
}
