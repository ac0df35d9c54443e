package io.mayorsdialogue.api.i18n;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Names in many scripts survive exactly, and the reader's language picks the display name. */
@QuarkusTest
class DisplayLanguageTest extends ApiTest {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("zh", "青岛");
        NAMES.put("zh-Hant", "青島市");
        NAMES.put("ja", "青島");
        NAMES.put("ko", "칭다오");
        NAMES.put("el", "Τσινγκτάο");
        NAMES.put("km", "ឈីងតាវ");
        NAMES.put("hu", "Csingtao");
    }

    private static String city(String name) {
        Fixtures.country("CN", "China");
        return api().body(Map.of("name", name, "countryCode", "CN", "adminLevel", "CITY", "timeZone", "Asia/Shanghai",
                "names", NAMES)).post("/cities").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyScriptRoundTripsExactly() {
        String id = city("Qingdao " + unique());
        var body = given().get("/cities/" + id).then().statusCode(200).extract();
        NAMES.forEach((tag, name) -> org.assertj.core.api.Assertions.assertThat((String) body.path("names.'" + tag + "'"))
                .as(tag).isEqualTo(name));
    }

    @Test
    void theReadersLanguagePicksTheDisplayNameWithSensibleFallbacks() {
        String name = "Qingdao " + unique();
        String id = city(name);
        given().header("Accept-Language", "ja").get("/cities/" + id).then()
                .body("displayName", equalTo("青島"), "name", equalTo(name)).header("Vary", containsString("Accept-Language"));
        given().header("Accept-Language", "fr-CH, fr;q=0.9, km;q=0.5").get("/cities/" + id).then().body("displayName", equalTo("ឈីងតាវ"));
        given().header("Accept-Language", "zh-Hant-TW").get("/cities/" + id).then().body("displayName", equalTo("青島市"));
        given().header("Accept-Language", "zh-Hans-CN").get("/cities/" + id).then().body("displayName", equalTo("青岛"));
        given().header("Accept-Language", "de").get("/cities/" + id).then().body("displayName", equalTo(name));
        given().get("/cities/" + id).then().body("displayName", equalTo(name));
        given().header("Accept-Language", "ja").queryParam("lang", "el").get("/cities/" + id).then()
                .body("displayName", equalTo("Τσινγκτάο"));
        given().queryParam("lang", "hu").queryParam("q", name).get("/cities").then().body("items.displayName", hasItem("Csingtao"));
        given().header("Accept-Language", "!!garbage!!").get("/cities/" + id).then().statusCode(200).body("displayName", equalTo(name));
    }

    @Test
    void topicsAndCountriesToo() {
        String topic = api().body(Map.of("title", "Marine tourism " + unique(), "titles", Map.of("zh", "海洋旅游")))
                .post("/topics").then().statusCode(201).extract().path("id");
        given().header("Accept-Language", "zh-CN").get("/topics/" + topic).then().body("displayTitle", equalTo("海洋旅游"));
        api().body(Map.of("code", "MN", "name", "Mongolia", "names", Map.of("mn", "Монгол Улс"))).post("/countries")
                .then().statusCode(201);
        given().queryParam("lang", "mn").get("/countries/MN").then().body("displayName", equalTo("Монгол Улс"));
    }

    @Test
    void keysMustBeLanguageTags() {
        api().body(Map.of("title", "Tagged " + unique(), "titles", Map.of("Chinese", "海洋旅游")))
                .post("/topics").then().statusCode(422).body("errors[0].field", equalTo("titles.Chinese"));
    }

    /**
     * Each language's answer is its own representation: its own ETag, and a 304 only for the copy in that language.
     * A change may still be based on any language's tag: they all name the same version.
     */
    @Test
    void eachLanguageHasItsOwnETagAndOnlyItsOwnCopyRevalidates() {
        String name = "Qingdao " + unique();
        String id = city(name);
        String canonical = given().get("/cities/" + id).then().statusCode(200).extract().header("ETag");
        String chinese = given().queryParam("lang", "zh").get("/cities/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(chinese).isNotEqualTo(canonical).isEqualTo(canonical.replace("\"", "").transform(v -> "\"" + v + "-zh\""));
        given().header("If-None-Match", canonical).queryParam("lang", "zh").get("/cities/" + id)
                .then().statusCode(200).body("displayName", equalTo("青岛")); // the English copy does not stand for the Chinese
        given().header("If-None-Match", chinese).queryParam("lang", "zh").get("/cities/" + id)
                .then().statusCode(304).header("ETag", chinese).header("Vary", containsString("Accept-Language"));
        given().header("If-None-Match", canonical).get("/cities/" + id).then().statusCode(304);
        given().header("If-None-Match", chinese).header("Accept-Language", "de").get("/cities/" + id).then().statusCode(200);
        api().header("If-Match", chinese).body(Map.of("name", name + " renamed", "countryCode", "CN", "adminLevel", "CITY",
                "timeZone", "Asia/Shanghai", "names", NAMES)).put("/cities/" + id).then().statusCode(200);
        api().header("If-Match", chinese).body(Map.of("name", name, "countryCode", "CN", "adminLevel", "CITY",
                "timeZone", "Asia/Shanghai", "names", NAMES)).put("/cities/" + id).then().statusCode(412); // now stale
    }
}
