package dev.newsloom.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language an article is filed under on the site (its URLs, its search filter): the primary
 * subtag of its language tag when that is an ISO 639 code, or {@link #DEFAULT} otherwise. One
 * rule, so the {@code /en/...} pages, the {lang} prefixes the site serves and a search with
 * {@code lang=en} all agree on what a language is.
 */
public final class SiteLanguage {
    /** Where articles of unknown language live. */
    public static final String DEFAULT = "en";

    /** The ISO 639-1 codes, and the ISO 639-2 codes of languages without one (Filipino "fil", Hawaiian "haw"). */
    private static final Set<String> CODES;
    /** A three-letter code of a language that has two letters ("deu" → "de"): one address per language. */
    private static final Map<String, String> SHORTER;

    static {
        Set<String> codes = new HashSet<>(List.of(Locale.getISOLanguages()));
        Map<String, String> shorter = new HashMap<>();
        for (String two : codes) {
            try {
                shorter.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a two-letter code without a three-letter one: the two letters still count
            }
        }
        for (Locale l : Locale.getAvailableLocales()) {
            String lang = l.getLanguage();
            if (lang.matches("[a-z]{3}") && !shorter.containsKey(lang)) codes.add(lang);
        }
        CODES = Set.copyOf(codes);
        SHORTER = Map.copyOf(shorter);
    }

    private SiteLanguage() {}

    /** "en-GB" → "en", "DE" → "de", "deu" → "de", "fil" → "fil"; null, "", "english" or a made-up "xx" → "en". */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) return DEFAULT;
        String primary = primary(tag);
        if (CODES.contains(primary)) return primary;
        return SHORTER.getOrDefault(primary, DEFAULT);
    }

    /** Whether the tag's primary subtag names a language ("en-GB", "deu", "fil"), so that {@link #of} does not fall back to the default for it. */
    public static boolean known(String tag) {
        if (tag == null || tag.isBlank()) return false;
        String primary = primary(tag);
        return CODES.contains(primary) || SHORTER.containsKey(primary);
    }

    private static String primary(String tag) {
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** Whether {@code code} is exactly a code {@link #of} writes (lower case, the shortest form, nothing else). */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }
}
