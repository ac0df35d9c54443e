package io.mayorsdialogue.api.protocol;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The host first, then confirmed delegations by the chosen rule, each position saying which rule placed it. */
@QuarkusTest
class ProtocolOrderTest extends ApiTest {

    @Test
    void theHostComesFirstThenRankThenCountryThenCity() {
        Fixtures.country("CN", "China");
        Fixtures.country("JP", "Japan");
        Fixtures.country("KR", "South Korea");
        Fixtures.country("GR", "Greece");
        String run = unique();
        String host = Fixtures.city("Protocol host " + run, "CN", "Asia/Shanghai");
        String hostMayor = Fixtures.mayor("Protocol host mayor " + run, host);
        String event = Partners.openEvent("Protocol " + run, host, null);
        asOrganiser().put("/events/" + event + "/attendees/" + hostMayor).then().statusCode(204);
        // Registered in this order: a deputy from Korea, a mayor from Japan, a governor from Greece, a mayor from Greece.
        String korea = confirmed(event, "KR", "Busan " + run, "Deputy Mayor");
        String japan = confirmed(event, "JP", "Hagi " + run, "Mayor");
        String greeceOther = confirmed(event, "GR", "Kavala " + run, "Regional Governor");
        String greece = confirmed(event, "GR", "Athens " + run, "Mayor");

        given().get("/events/" + event + "/protocol-order").then().statusCode(200)
                .body("rule", equalTo("rank"),
                        "positions.cityId", contains(host, greece, japan, korea, greeceOther),
                        "positions.position", contains(1, 2, 3, 4, 5),
                        "positions[0].placedBy", equalTo("host city first"),
                        "positions[0].headName", equalTo("Protocol host mayor " + run),
                        "positions[1].placedBy", equalTo("head's rank: mayor"),
                        "positions[2].placedBy", equalTo("head's rank: mayor, then country name"),
                        "positions[3].placedBy", equalTo("head's rank: deputy mayor"),
                        "positions[4].placedBy", equalTo("head's rank: other title"));
        given().queryParam("rule", "alphabetical").get("/events/" + event + "/protocol-order").then()
                .body("positions.cityId", contains(host, greece, greeceOther, japan, korea),
                        "positions[2].placedBy", equalTo("city name"));
        given().queryParam("rule", "registration").get("/events/" + event + "/protocol-order").then()
                .body("positions.cityId", contains(host, korea, japan, greeceOther, greece));
        given().queryParam("rule", "seniority").get("/events/" + event + "/protocol-order").then().statusCode(400)
                .body("errors[0].field", equalTo("rule"));
        assertThat(ProtocolService.rank("Vice-Mayor")).isEqualTo(2);
        assertThat(ProtocolService.rank("Mayor of the City")).isEqualTo(1);
        assertThat(ProtocolService.rank("Mayoral adviser")).isEqualTo(3);
    }

    @Test
    void theHostIsLedByItsMayorInOfficeNotByAFormerOneAttendingAsAGuest() {
        Fixtures.country("CN", "China");
        String run = unique();
        String host = Fixtures.city("Protocol terms " + run, "CN", "Asia/Shanghai");
        String former = mayor("Aaron Former " + run, host, "2015-01-01", "2020-12-31");
        String sitting = mayor("Zhou Sitting " + run, host, "2021-01-01", null);
        String event = Partners.openEvent("Protocol terms " + run, host, null);
        for (String mayor : List.of(former, sitting)) {
            asOrganiser().put("/events/" + event + "/attendees/" + mayor).then().statusCode(204);
        }
        // by name alone the former mayor would lead
        given().get("/events/" + event + "/protocol-order").then().statusCode(200)
                .body("positions[0].headMayorId", equalTo(sitting), "positions[0].headName", equalTo("Zhou Sitting " + run));
    }

    private String mayor(String fullName, String city, String termStart, String termEnd) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fullName", fullName, "title", "Mayor", "cityId", city,
                "termStart", termStart));
        if (termEnd != null) {
            body.put("termEnd", termEnd);
        }
        return asOrganiser().contentType("application/json").body(body).post("/mayors").then().statusCode(201).extract().path("id");
    }

    /** A partner city whose mayor (with this title) heads a delegation the organiser confirmed; returns the city id. */
    private String confirmed(String event, String country, String cityName, String title) {
        Partners.Partner p = Partners.create(country, cityName);
        asOrganiser().contentType("application/json").body(Map.of("fullName", "Mayor of " + cityName, "title", title,
                "cityId", p.cityId(), "languages", List.of("en"))).put("/mayors/" + p.mayorId()).then().statusCode(200);
        String registration = asPartner(p.apiKey()).body(Partners.delegation(p)).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
        asOrganiser().post("/events/" + event + "/registrations/" + registration + "/approve").then().statusCode(200);
        return p.cityId();
    }
}
