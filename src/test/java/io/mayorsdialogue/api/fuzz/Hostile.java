package io.mayorsdialogue.api.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;



/**
 * The values careless and hostile callers send, as jqwik arbitraries drawn from the suite's seeded random: unicode
 * edge cases, injection-looking text, strings at and past their limits, numbers at the edges, garbage for headers.
 */
final class Hostile {

    /** Written as JSON escapes where a raw character could not travel ({@code \\ud800} alone, NUL). */
    static final Arbitrary<String> UNICODE_JSON = Arbitraries.of(
            "\"e\\u0301\\u0301\\u0301\\u0301\"",            // stacked combining marks
            "\"\\u202Egnp.exe\\u202C\"",                     // right-to-left override
            "\"مرحبا بالعالم\"", "\"青岛\"", "\"😀👍🏽🇯🇵\"",
            "\"\\ud800\"", "\"\\udfff\\ud800\"",              // lone surrogates
            "\"nul\\u0000inside\"", "\"\\u0000\"",
            "\"\\u200B\\u200D\\uFEFF\"", "\"ＡＢＣ％＿＼\"", "\"İstanbul ß ﬁ\"");

    static final Arbitrary<String> INJECTION = Arbitraries.of(
            "' OR '1'='1", "'; drop table event; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}", "../../../../etc/passwd", "=cmd|' /C calc'!A0", "%s%s%n", "\\", "\"", "null", "%", "_");

    /** Path segments that are no id at all, or one that exists nowhere. */
    static final Arbitrary<String> PATH_VALUES = Arbitraries.oneOf(INJECTION, Arbitraries.of(
            "0", "-1", "9".repeat(40), "00000000-0000-0000-0000-000000000000", "ЖЖЖ", "😀", "x".repeat(300), " ", "%00"));

    static final Arbitrary<String> QUERY_VALUES = Arbitraries.oneOf(INJECTION, Arbitraries.of(
            "abc", "-1", "0", "999999999999", "1e3", "", "2026-13-45", "yesterday", "BOGUS", "ЖЖЖ", "😀",
            "x".repeat(5000)));

    static final Arbitrary<String> NUMBERS_JSON = Arbitraries.of(
            "0", "-1", "2147483648", "9223372036854775808", "1e308", "-1e308", "0.5", "1E400", "-0");

    static final Arbitrary<String> WRONG_TYPES_JSON = Arbitraries.of("42", "true", "null", "[]", "{}", "\"text\"", "[null]");

    static final Arbitrary<String> NON_OBJECT_BODIES = Arbitraries.of("", "[]", "null", "42", "\"x\"", "{", "{\"a\":", "\u0000",
            "{\"a\":1,\"a\":2}");

    static final Arbitrary<String> CONTENT_TYPES = Arbitraries.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin-9",
            "application/jsonx", "*/*");

    static final Arbitrary<String> ACCEPTS = Arbitraries.of("text/html", "application/xml", "image/png", "*/*;q=0",
            "application/json;q=0", "garbage///", "text/csv", "text/calendar");

    static final Arbitrary<String> HEADER_VALUES = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(0).ofMaxLength(300),
            Arbitraries.of("W/\"1\"", "\"\"", "*", "\"-1\"", "\"99999999999999999999\"", "en-" + "a".repeat(200), "zz"));

    /** Past the 200-character names and 2000-character notes, and far past. */
    static final Arbitrary<Integer> LONG_LENGTHS = Arbitraries.of(101, 201, 501, 2001, 10_000, 200_000);

    private Hostile() {
    }

    /**
     * Seeds jqwik's source of randomness for this thread, so that a run can be repeated value for value. The suite
     * runs inside a Quarkus test, not a jqwik property, hence the engine's own seeding and {@code sample()}.
     */
    static void seed(long seed) {
        SourceOfRandomness.create(Long.toString(seed));
    }

    static <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    static String longString() {
        return "\"" + "ȧ".repeat(draw(LONG_LENGTHS)) + "\"";
    }
}
