package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors, sort orders and the query builder, without a database. */
class PagingUnitsTest {

    record Row(String name, UUID id) {
    }

    private static final SortOrder<Row> BY_NAME = SortOrder.by("name", Row::name, Cursor::key);
    private static final SortOrder<Row> BY_ID = SortOrder.by("id", r -> r.id().toString(), Cursor::uuid);

    @Test
    void aCursorSurvivesTheRoundTripAndAnythingElseIsA400NamingTheCursor() {
        Cursor c = new Cursor("name", "Pécs, \"Baranya\"", UUID.randomUUID().toString());
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThat(Cursor.decode(null)).isNull();
        for (String bad : List.of("not base64 !", "YWJj", new Cursor("name", "k", "not-a-uuid").encode())) {
            assertThatThrownBy(() -> Cursor.decode(bad).uuid()).isInstanceOfSatisfying(ApiProblem.class, p -> {
                assertThat(p.status()).isEqualTo(400);
                assertThat(p.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("cursor"));
            });
        }
        assertThatThrownBy(() -> new Cursor("startsAt", "yesterday", "x").instantKey()).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aKeyTooLongForTheContractsBoundIsCarriedAsItsHash() {
        String id = UUID.randomUUID().toString();
        String name = "青岛".repeat(60) + "\uD83C\uDF0A".repeat(40); // 3- and 4-byte characters: 520 bytes
        String token = new Cursor("-name", name, id).encode();
        assertThat(token).hasSizeLessThanOrEqualTo(512);
        Cursor decoded = Cursor.decode(token);
        assertThat(decoded.keyCut()).isTrue();
        assertThat(decoded.key()).isNull();
        assertThat(decoded.keyHash()).isEqualTo(Cursor.hashOf(name)).isNotEqualTo(Cursor.hashOf(name + "x"));
        assertThat(decoded.sort()).isEqualTo("-name");
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(Cursor.decode(decoded.encode())).isEqualTo(decoded);
        // a key that fits is carried whole, as before
        assertThat(Cursor.decode(new Cursor("name", "青岛", id).encode())).isEqualTo(new Cursor("name", "青岛", id, null));
    }

    @Test
    void aHashedKeyIsReadBackWhenThePageIsFetchedAndOnlyOrdersThatCanReadItBackAcceptIt() {
        SortOrder<Row> byName = BY_NAME.readingKeysBackBy("select x.name from Thing x where x.id = :afterId");
        UUID id = UUID.randomUUID();
        Cursor hashed = new Cursor("name", null, id.toString(), Cursor.hashOf("Qingdao"));
        Where where = new Where().after(hashed, byName, "id");
        // the same condition as a whole key's; its key is the one read back by the id (PagingTest)
        assertThat(where.conditions()).isEqualTo("(name, id) > (:afterKey, :afterId)");
        assertThat(where.params()).containsEntry("afterId", id).doesNotContainKey("afterKey");
        assertThat(byName.reversed().keyById()).isEqualTo(byName.keyById());
        // an order that cannot read keys back never issued such a cursor
        assertThatThrownBy(() -> new Where().after(hashed, BY_NAME, "id")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void sortTokensChooseAnOrderOrItsReverseAndAnythingElseListsTheChoices() {
        assertThat(SortOrder.choose(null, BY_NAME, BY_ID)).isSameAs(BY_NAME);
        assertThat(SortOrder.choose("-id", BY_NAME, BY_ID).descending()).isTrue();
        assertThat(SortOrder.choose("-id", BY_NAME, BY_ID).reversed().token()).isEqualTo("id");
        assertThatThrownBy(() -> SortOrder.choose("size", BY_NAME, BY_ID))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.detail()).contains("name, -name, id, -id"));
    }

    @Test
    void aCursorOnlyContinuesThePageOrderItWasIssuedFor() {
        Row row = new Row("Qingdao", UUID.randomUUID());
        Cursor after = BY_NAME.cursorAfter(row, row.id().toString());
        assertThatThrownBy(() -> new Where().after(after, BY_ID, "id"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.detail()).contains("sorted by 'name'"));
    }

    @Test
    void theKeysetConditionComparesKeyAndIdInTheOrdersDirection() {
        Row row = new Row("Qingdao", UUID.randomUUID());
        Where ascending = new Where().after(BY_NAME.cursorAfter(row, row.id().toString()), BY_NAME, "id");
        assertThat(ascending.conditions()).isEqualTo("(name, id) > (:afterKey, :afterId)");
        assertThat(ascending.params()).containsEntry("afterKey", "Qingdao").containsEntry("afterId", row.id());
        SortOrder<Row> descending = BY_NAME.reversed();
        Where backwards = new Where().after(descending.cursorAfter(row, row.id().toString()), descending, "id");
        assertThat(backwards.conditions()).isEqualTo("(name, id) < (:afterKey, :afterId)");
        assertThat(descending.orderBy("id")).isEqualTo("name desc, id desc");
    }

    @Test
    void onlyGivenFiltersAreAddedAndSubqueriesBringTheirParameters() {
        Subquery inJapan = new Subquery("select c.id from City c where c.countryCode = :cityCountry", Map.of("cityCountry", "JP"));
        Where where = new Where().and("status = :status", "status", null).and("name = :name", "name", "Qingdao")
                .in("cityId", inJapan).in("hostCityId", null);
        assertThat(where.conditions()).isEqualTo("name = :name and cityId in (select c.id from City c where c.countryCode = :cityCountry)");
        assertThat(where.params()).containsOnlyKeys("name", "cityCountry");
        assertThat(new Where().conditions()).isEqualTo("1 = 1");
    }

    @Test
    void freeTextIsFoldedThenEscapedByTheDatabase() {
        Where where = new Where().matches(" 50%_off\\ ", "nameFolded");
        assertThat(where.params().get("q")).isEqualTo("50%_off\\");
        // q's folding and escaping happen in the database function (V17), after folding; HQL only calls it, q first,
        // in a subquery that PostgreSQL runs once per execution
        assertThat(where.conditions())
                .isEqualTo("(nameFolded like (select function('mayors_like_pattern' as String, :q, '\\')) escape '\\')");
        assertThat(new Where().matches("  ", "nameFolded").params()).isEmpty();
    }

    @Test
    void aPageShowsTheLimitAndPointsAfterItsLastRow() {
        PageRequest request = PageRequest.of(2, null);
        assertThat(request.fetchSize()).isEqualTo(3);
        List<Row> fetched = List.of(new Row("a", UUID.randomUUID()), new Row("b", UUID.randomUUID()), new Row("c", UUID.randomUUID()));
        Page<String> page = Page.of(fetched, request, r -> BY_NAME.cursorAfter(r, r.id().toString()), Row::name);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(page.next()).key()).isEqualTo("b");
        Page<String> last = Page.of(fetched.subList(0, 2), request, r -> BY_NAME.cursorAfter(r, r.id().toString()), Row::name);
        assertThat(last.next()).isNull();
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(Instant.parse(new Cursor("startsAt", "2025-07-19T01:00:00Z", "x").instantKey().toString())).isNotNull();
    }
}
