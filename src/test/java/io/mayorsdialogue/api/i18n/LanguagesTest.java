package io.mayorsdialogue.api.i18n;

import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Choosing a name for a reader (RFC 4647 lookup) and checking names keyed by language tag, without a server. */
class LanguagesTest {

    private static final Map<String, String> QINGDAO = new LinkedHashMap<>(Map.of("zh", "青岛", "zh-Hant", "青島", "ja", "青島市"));

    @Test
    void aMoreSpecificRangeFallsBackToItsParents() {
        assertThat(Languages.pick(QINGDAO, "Qingdao", Languages.wanted(null, "zh-Hant-TW"))).isEqualTo("青島");
        assertThat(Languages.pick(QINGDAO, "Qingdao", Languages.wanted(null, "zh-CN"))).isEqualTo("青岛");
    }

    @Test
    void langWinsOverAcceptLanguageAndTheCanonicalNameIsTheLastResort() {
        assertThat(Languages.pick(QINGDAO, "Qingdao", Languages.wanted("ja", "zh"))).isEqualTo("青島市");
        assertThat(Languages.pick(QINGDAO, "Qingdao", Languages.wanted(null, "fr, de;q=0.5"))).isEqualTo("Qingdao");
        assertThat(Languages.pick(Map.of(), "Qingdao", Languages.wanted("zh", null))).isEqualTo("Qingdao");
    }

    @Test
    void anUnparsableHeaderIsIgnoredRatherThanRefused() {
        assertThat(Languages.wanted(null, ";;;q=abc")).isEmpty();
    }

    @Test
    void tagsAreCanonicalisedAndValuesTrimmed() {
        assertThat(Languages.normalised(Map.of("zh-hant", "  青島 "))).containsExactly(Map.entry("zh-Hant", "青島"));
    }

    @Test
    void aKeyThatIsNoLanguageTagOrABlankNameIsReportedUnderItsField() {
        Violations v = new Violations();
        Languages.check(Map.of("not a tag", "x", "ja", " "), "names", v);
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, v::throwIfAny);
        assertThat(problem.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("names.not a tag", "names.ja");
        assertThat(List.of(problem.status())).containsExactly(422);
    }

    /** Tags are stored canonical: two for one language, or one that canonicalises to another, would lose a name. */
    @Test
    void aLanguageGivenTwiceOrATagThatWouldBeStoredAsAnotherIsReported() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("zh-hant", "測試");
        names.put("ZH-HANT", "x");
        names.put("en-ab-cd", "a");
        names.put("ja", "テスト");
        Violations v = new Violations();
        Languages.check(names, "names", v);
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, v::throwIfAny);
        assertThat(problem.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("names.ZH-HANT", "names.en-ab-cd");
        assertThat(problem.errors()).extracting(e -> e.message()).anyMatch(m -> m.contains("same language as 'zh-hant'"))
                .anyMatch(m -> m.contains("'en-AB'"));
    }

    @Test
    void aListOfTagsIsStoredInCanonicalCaseEachLanguageOnceAndATagThatWouldChangeIsReported() {
        assertThat(Languages.canonicalTags(List.of("ZH-hant", "zh-Hant", "EN", "en", "ja"))).containsExactly("zh-Hant", "en", "ja");
        assertThat(Languages.canonicalTags(null)).isEmpty();
        // variants are lower case in BCP 47, whatever case they came in
        assertThat(Languages.canonicalTags(List.of("en-US-POSIX", "en-us-posix", "SL-ROZAJ", "sl-rozaj", "de-ch-1901", "es-419")))
                .containsExactly("en-US-posix", "sl-rozaj", "de-CH-1901", "es-419");
        Violations v = new Violations();
        Languages.checkTags(List.of("EN", "en-ab-cd", "zh-hant"), "languages", v);
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, v::throwIfAny);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("languages[1]");
            assertThat(e.message()).contains("'en-AB'");
        });
    }
}
