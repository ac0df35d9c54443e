package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerResourceTest extends ApiTest {

    @Test
    void anOrganiserIssuesAKeyThatIsShownOnceAndWorksUntilRevoked() {
        Fixtures.country("GR", "Greece");
        String city = Fixtures.city("Piraeus " + unique(), "GR", "Europe/Athens");
        var created = api().body(Map.of("cityId", city, "name", "Piraeus exchange office"))
                .post("/partners").then().statusCode(201)
                .body("apiKey", startsWith("mdk_"), "cityId", equalTo(city), "createdAt", notNullValue(),
                        "revokedAt", nullValue())
                .extract();
        String id = created.path("id");
        String key = created.path("apiKey");
        asOrganiser().get("/partners/" + id).then().statusCode(200)
                .body("apiKey", nullValue(), "keyPrefix", equalTo(key.substring(0, 9)));
        asOrganiser().queryParam("cityId", city).get("/partners").then().statusCode(200)
                .body("items.id", hasItem(id), "items.apiKey", not(hasItem(key)));

        String event = Partners.openEvent("Keys " + unique(), city, null);
        asPartner(key).get("/events/" + event + "/registrations").then().statusCode(200);

        asOrganiser().delete("/partners/" + id).then().statusCode(204);
        asOrganiser().delete("/partners/" + id).then().statusCode(204);
        asOrganiser().get("/partners/" + id).then().body("revokedAt", notNullValue());
        asPartner(key).get("/events/" + event + "/registrations").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aReplayedCreateNeverShowsTheKeyAgain() {
        Fixtures.country("GR", "Greece");
        String city = Fixtures.city("Thessaloniki " + unique(), "GR", "Europe/Athens");
        String key = "issue-" + unique();
        var first = api().header("Idempotency-Key", key).body(Map.of("cityId", city, "name", "Office"))
                .post("/partners").then().statusCode(201).body("apiKey", startsWith("mdk_")).extract();
        api().header("Idempotency-Key", key).body(Map.of("cityId", city, "name", "Office"))
                .post("/partners").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")), "apiKey", nullValue());
    }

    @Test
    void aKeyNeedsAKnownCity() {
        api().body(Map.of("cityId", "00000000-0000-0000-0000-000000000000", "name", "Ghost office"))
                .post("/partners").then().statusCode(422).body("errors[0].field", equalTo("cityId"));
    }
}
