package io.mayorsdialogue.api.i18n;

import io.mayorsdialogue.api.problem.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Names in several languages, keyed by BCP 47 tag, and choosing one for a reader. */
public final class Languages {

    private static final Pattern TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    private Languages() {
    }

    /** Each key must be a BCP 47 tag and each value non-blank; reported under {@code field.key}. */
    public static void check(Map<String, String> names, String field, Violations v) {
        if (names == null) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        names.forEach((tag, name) -> {
            boolean wellFormed = tag != null && TAG.matcher(tag).matches() && tag.length() <= 35;
            v.check(wellFormed, field + "." + tag, "is not a BCP 47 language tag such as 'zh', 'ja' or 'zh-Hant'");
            v.check(name != null && !name.isBlank(), field + "." + tag, "must not be blank");
            if (wellFormed) {
                // stored in canonical form: a tag that canonicalises to another, or to one already given, would
                // silently lose a name
                String canonical = Locale.forLanguageTag(tag).toLanguageTag();
                v.check(canonical.equalsIgnoreCase(tag), field + "." + tag,
                        "is not a well-formed language tag (it would be stored as '" + canonical + "')");
                String earlier = seen.putIfAbsent(canonical.toLowerCase(Locale.ROOT), tag);
                v.check(earlier == null, field + "." + tag, "names the same language as '" + earlier + "'; give each language once");
            }
        });
    }

    /**
     * A list of language tags (a mayor's, a delegate's, a session's), each of which must keep its meaning in canonical
     * case, reported under {@code field[i]}; {@link #canonicalTags} then stores them.
     */
    public static void checkTags(Collection<String> tags, String field, Violations v) {
        if (tags == null) {
            return;
        }
        int i = 0;
        for (String tag : tags) {
            String canonical = Locale.forLanguageTag(tag).toLanguageTag();
            v.check(canonical.equalsIgnoreCase(tag), field + "[" + i++ + "]",
                    "is not a well-formed language tag (it would be stored as '" + canonical + "')");
        }
    }

    /**
     * Tags in canonical case, each language once, order kept: {@code ZH} and {@code zh} are one language, which
     * interpretation planning and the stats must count once.
     */
    public static List<String> canonicalTags(Collection<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        if (tags != null) {
            tags.forEach(tag -> out.add(canonicalCase(Locale.forLanguageTag(tag).toLanguageTag())));
        }
        return new ArrayList<>(out);
    }

    /**
     * BCP 47's case for each subtag (RFC 5646, 2.1.1): script title case ({@code Hant}), region upper case ({@code TW},
     * {@code 419}), everything else lower case, including variants ({@code posix}) and whatever follows a singleton.
     * Java's {@code toLanguageTag} leaves a variant's case as given, so {@code en-US-POSIX} and {@code en-US-posix}
     * were two languages.
     */
    static String canonicalCase(String tag) {
        String[] subtags = tag.split("-");
        StringBuilder out = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        boolean extension = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i].toLowerCase(Locale.ROOT);
            extension |= subtag.length() == 1;
            if (!extension && subtag.length() == 4 && Character.isLetter(subtag.charAt(0))) {
                subtag = Character.toUpperCase(subtag.charAt(0)) + subtag.substring(1);
            } else if (!extension && (subtag.length() == 2 || subtag.length() == 3 && Character.isDigit(subtag.charAt(0)))) {
                subtag = subtag.toUpperCase(Locale.ROOT);
            }
            out.append('-').append(subtag);
        }
        return out.toString();
    }

    /** Tags in canonical case ({@code zh-hant} → {@code zh-Hant}), values trimmed, order kept. */
    public static Map<String, String> normalised(Map<String, String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((tag, name) -> out.put(Locale.forLanguageTag(tag).toLanguageTag(), name.strip()));
        }
        return out;
    }

    /**
     * The name for the best of the reader's language ranges ({@code lang}, else Accept-Language), by RFC 4647
     * lookup, so {@code zh-Hant-TW} falls back to {@code zh-Hant}, then {@code zh}; the canonical name when none fits.
     */
    public static String pick(Map<String, String> names, String canonical, List<Locale.LanguageRange> wanted) {
        return nameIn(names, shownTag(names, wanted), canonical);
    }

    /** The name under {@code tag}, a key {@link #shownTag} chose; the canonical name for none. */
    public static String nameIn(Map<String, String> names, String tag, String canonical) {
        return tag == null ? canonical : names.get(tag);
    }

    /** The key of {@code names} whose name {@link #pick} shows; null when it shows the canonical name. */
    public static String shownTag(Map<String, String> names, List<Locale.LanguageRange> wanted) {
        if (names == null || names.isEmpty() || wanted.isEmpty()) {
            return null;
        }
        String tag = Locale.lookupTag(wanted, new ArrayList<>(names.keySet()));
        return tag == null ? null : names.keySet().stream().filter(k -> k.equalsIgnoreCase(tag)).findFirst().orElse(null);
    }

    /** {@code lang} wins; then Accept-Language; a header that does not parse is ignored rather than refused. */
    public static List<Locale.LanguageRange> wanted(String lang, String acceptLanguage) {
        try {
            if (lang != null && !lang.isBlank()) {
                return Locale.LanguageRange.parse(lang);
            }
            if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                return Locale.LanguageRange.parse(acceptLanguage);
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return List.of();
    }
}
