package dev.newsloom.model;

import java.util.Locale;

/**
 * The language an article is filed under on the site (its URLs, its search filter): the primary
 * subtag of its language tag, or {@link #DEFAULT} when it has none usable. One rule, so the
 * {@code /en/...} pages and a search with {@code lang=en} list the same articles.
 */
public final class SiteLanguage {
    /** Where articles of unknown language live. */
    public static final String DEFAULT = "en";

    private SiteLanguage() {}

    /** "en-GB" → "en", "DE" → "de", null, "" or "english" → "en". */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) return DEFAULT;
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : DEFAULT;
    }
}
