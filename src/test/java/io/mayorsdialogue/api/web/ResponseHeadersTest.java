package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Headers every answer carries, and those only sensitive answers carry. */
@QuarkusTest
class ResponseHeadersTest extends ApiTest {

    @Test
    void everyAnswerForbidsSniffingErrorsIncluded() {
        given().get("/topics").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/topics/no-such-topic").then().statusCode(404).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void answersWithSecretsOrPersonalDataAreNeverCached() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("No-store " + unique(), "JP", "Asia/Tokyo");
        api().body(Map.of("cityId", city, "name", "Key " + unique())).post("/partners").then().statusCode(201)
                .header("Cache-Control", equalTo("no-store"));
        Partners.Partner p = Partners.create("JP", "No-store city " + unique());
        String event = Partners.openEvent("No-store " + unique(), city, null);
        String reg = asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).header("Cache-Control", equalTo("no-store")).extract().path("id");
        asPartner(p.apiKey()).get("/events/" + event + "/registrations/" + reg).then().header("Cache-Control", equalTo("no-store"));
        asOrganiser().get("/events/" + event + "/registrations").then().header("Cache-Control", equalTo("no-store"));
        asOrganiser().get("/cities/" + city).then().statusCode(200).header("Cache-Control", nullValue());
    }

    /**
     * A page over Quarkus's default 8 KiB output buffer (the bench's page of 20 events is ~10 KB) goes out with its
     * length in one piece, not chunked: quarkus.rest.output-buffer-size.
     */
    @Test
    void aPageOverEightKibIsSentWithItsLengthNotChunked() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Whole page " + unique(), "JP", "Asia/Tokyo");
        for (int i = 0; i < 40; i++) {
            Partners.openEvent("Whole page " + i + " " + unique(), city, null);
        }
        var answer = given().get("/events?limit=40&hostCityId=" + city).then().statusCode(200)
                .header("Transfer-Encoding", nullValue()).extract();
        byte[] body = answer.asByteArray();
        assertThat(body.length).isGreaterThan(8192);
        assertThat(answer.header("Content-Length")).isEqualTo(String.valueOf(body.length));
    }

    /** A CDN may keep anonymous catalogue reads, revalidating each use by ETag; nothing asked with a key. */
    @Test
    void anonymousReadsMayBeKeptBySharedCachesIfRevalidated() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Cacheable " + unique(), "JP", "Asia/Tokyo");
        String etag = given().get("/cities/" + city).then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("Vary", org.hamcrest.Matchers.containsString("Authorization"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/cities/" + city).then().statusCode(304)
                .header("Cache-Control", equalTo("public, no-cache"))
                // the 304 varies as the 200 does (RFC 9110 15.4.5), the display language included
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        asOrganiser().get("/cities/" + city).then().statusCode(200).header("Cache-Control", nullValue())
                .header("Vary", org.hamcrest.Matchers.containsString("Authorization"));
    }

    /** Accept itself among Vary's names (Accept-Language is another header). */
    private static final String ACCEPT_LISTED = "(.*,\\s*)?Accept(\\s*,.*)?";

    /** One URL answered as JSON or as another type by Accept says so, whichever it answers; single-type ones do not. */
    @Test
    void answersChosenByAcceptVaryByIt() {
        Fixtures.country("JP", "Japan");
        String city = Fixtures.city("Negotiated " + unique(), "JP", "Asia/Tokyo");
        given().get("/cities/" + city + "/sister-cities").then().statusCode(200)
                .header("Vary", org.hamcrest.Matchers.matchesPattern(ACCEPT_LISTED));
        given().accept("application/geo+json").get("/cities/" + city + "/sister-cities").then().statusCode(200)
                .header("Vary", org.hamcrest.Matchers.matchesPattern(ACCEPT_LISTED));
        given().get("/cities/" + city).then().statusCode(200)
                .header("Vary", org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(ACCEPT_LISTED)));
    }

    /** Folding turns full-width ％ into %; it must stay a literal percent sign, not match everything. */
    @Test
    void aFullWidthPercentSignIsLiteralInSearch() {
        String run = unique();
        String withPercent = Fixtures.topic("Full-width " + run + " 100% sure");
        String plain = Fixtures.topic("Full-width " + run + " plain");
        given().queryParam("q", run + " 100％").get("/topics").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(withPercent));
        given().queryParam("q", "％").queryParam("limit", 100).get("/topics").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(plain)));
        given().queryParam("q", run + " ＿lain").get("/topics").then().body("items", org.hamcrest.Matchers.empty());
    }
}
