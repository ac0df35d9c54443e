package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
