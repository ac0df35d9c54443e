package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Cursor paging visits every item exactly once, in order, and says where the next page is. */
@QuarkusTest
class PagingTest extends ApiTest {

    @Test
    void walkingAllPagesVisitsEveryTopicOnceInTitleOrder() {
        String prefix = "Paging " + unique() + " ";
        for (int i = 0; i < 7; i++) {
            Fixtures.topic(prefix + i);
        }
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/topics").then().statusCode(200).extract();
            cursor = page.path("next");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("cursor=" + cursor).endsWith("; rel=\"next\"").contains("limit=3");
            } else {
                assertThat(page.header("Link")).isNull();
            }
            ids.addAll(page.path("items.id"));
            titles.addAll(page.path("items.title"));
            pages++;
        } while (cursor != null && pages < 1000);

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        // Titles sharing the prefix differ only in their last digit, so every collation orders them the same way.
        assertThat(titles.stream().filter(t -> t.startsWith(prefix)))
                .containsExactly(prefix + 0, prefix + 1, prefix + 2, prefix + 3, prefix + 4, prefix + 5, prefix + 6);
    }

    @Test
    void titlesTooLongForTheCursorsBoundStillPageOnceEachInBothDirections() {
        // 200 characters, 580 bytes of UTF-8: a cursor carrying the whole title would pass the contract's 512
        String token = unique();
        String shared = token + " " + "海洋旅游城市对话".repeat(23);
        List<String> created = new ArrayList<>();
        for (char last : "1234".toCharArray()) {
            Fixtures.topic(shared + last);
            created.add(shared + last);
        }
        for (String sort : List.of("title", "-title")) {
            List<String> titles = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("q", token).queryParam("limit", 1).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                ExtractableResponse<Response> page = request.get("/topics").then().statusCode(200).extract();
                cursor = page.path("next");
                assertThat(cursor == null ? "" : cursor).hasSizeLessThanOrEqualTo(512);
                titles.addAll(page.path("items.title"));
            } while (cursor != null && titles.size() < 10);
            List<String> expected = new ArrayList<>(created);
            if (sort.startsWith("-")) {
                Collections.reverse(expected);
            }
            assertThat(titles).as(sort).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLongTitlesCursorWhoseItemWasRenamedOrDeletedAsksToStartAgainInsteadOfSkipping() {
        String token = unique();
        String shared = token + " " + "历史街区文化旅游".repeat(23);
        List<String> ids = new ArrayList<>();
        for (char last : "123".toCharArray()) {
            ids.add(Fixtures.topic(shared + last));
        }
        String ascending = given().queryParam("q", token).queryParam("limit", 1).get("/topics").then().statusCode(200)
                .body("items[0].id", equalTo(ids.get(0))).extract().path("next");
        String descending = given().queryParam("q", token).queryParam("limit", 1).queryParam("sort", "-title").get("/topics")
                .then().statusCode(200).body("items[0].id", equalTo(ids.get(2))).extract().path("next");
        // renamed: going on after its new title would skip the other two
        asOrganiser().contentType("application/json").body(java.util.Map.of("title", "Zeta " + token))
                .put("/topics/" + ids.get(0)).then().statusCode(200);
        given().queryParam("q", token).queryParam("cursor", ascending).get("/topics").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"), "errors[0].message", containsString("start again"));
        // deleted: its title is gone with it
        asOrganiser().delete("/topics/" + ids.get(2)).then().statusCode(204);
        given().queryParam("q", token).queryParam("sort", "-title").queryParam("cursor", descending).get("/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void everyListSortedByANameReadsACutKeyBackByTheItemsId() {
        // a cursor after the first of two items that carries only its name's hash: each list reads the name back by
        // the id and goes on after it
        String tag = unique();
        Fixtures.country("JP", "Japan");
        String cityA = Fixtures.city(tag + " A", "JP", "Asia/Tokyo");
        Fixtures.city(tag + " B", "JP", "Asia/Tokyo");
        String mayorA = Fixtures.mayor(tag + " A", cityA);
        String mayorB = Fixtures.mayor(tag + " B", cityA);
        String topicA = Fixtures.topic(tag + " A");
        Fixtures.topic(tag + " B");
        String eventA = Fixtures.event(tag + " A", cityA, List.of(topicA));
        Fixtures.event(tag + " B", cityA, List.of(topicA));
        for (String mayor : List.of(mayorA, mayorB)) {
            given().header("Authorization", "Bearer " + ORGANISER_KEY).put("/events/" + eventA + "/attendees/" + mayor)
                    .then().statusCode(204);
        }
        record Case(String path, String sort, String firstId, String nameField) {
        }
        for (Case c : List.of(new Case("/cities", "name", cityA, "name"), new Case("/mayors", "fullName", mayorA, "fullName"),
                new Case("/topics", "title", topicA, "title"), new Case("/events", "name", eventA, "name"),
                new Case("/events/" + eventA + "/attendees", "fullName", mayorA, "fullName"))) {
            String cut = new Cursor(c.sort(), null, c.firstId(), Cursor.hashOf(tag + " A")).encode();
            var request = given().queryParam("cursor", cut).queryParam("sort", c.sort()).queryParam("limit", 1);
            if (!c.path().endsWith("/attendees")) {
                request.queryParam("q", tag);
            }
            request.get(c.path()).then().log().ifValidationFails().statusCode(200).body("items[0]." + c.nameField(), equalTo(tag + " B"));
        }
        // the mayors of a city: not the name search's walk (MayorNameGram) but the mayors' own table
        given().queryParam("cityId", cityA).queryParam("cursor", new Cursor("fullName", null, mayorA, Cursor.hashOf(tag + " A")).encode())
                .get("/mayors").then().statusCode(200).body("items.fullName", contains(tag + " B"));
        // countries are keyed by code: Japan's whole name read back by "JP" puts Japan itself behind the cursor
        given().queryParam("q", "japan").queryParam("sort", "name").queryParam("cursor", new Cursor("name", null, "JP", Cursor.hashOf("Japan")).encode())
                .get("/countries").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theLinkHeaderLeadsToTheSamePageAsTheCursor() {
        Fixtures.topic("Link A " + unique());
        Fixtures.topic("Link B " + unique());
        var first = given().queryParam("limit", 1).get("/topics").then().statusCode(200).extract();
        String link = first.header("Link");
        String url = link.substring(1, link.indexOf('>'));
        String viaLink = given().basePath("").get(url).then().statusCode(200).extract().path("items[0].id");
        String viaCursor = given().queryParam("limit", 1).queryParam("cursor", (String) first.path("next")).get("/topics")
                .then().extract().path("items[0].id");
        assertThat(viaLink).isEqualTo(viaCursor);
        // and it is the next page, not the first again: the cursor is honoured, not ignored
        String second = given().queryParam("limit", 2).get("/topics").then().extract().path("items[1].id");
        assertThat(viaCursor).isNotEqualTo(first.path("items[0].id")).isEqualTo(second);
    }
}
