package dev.newsloom.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Ids written from a block's own words: tables of contents and editors give each heading, or the
 * section it opens, an anchor made of its text ("h-4-post-at-times-your-social-followers-are-online").
 * Such an id says what the article is about, never that the block is furniture.
 */
final class Anchors {
    private static final java.util.regex.Pattern ID_PARTS = java.util.regex.Pattern.compile("[-_.:\\s]+");
    private Anchors() {}

    /** Characters of the block's start compared with the id: a heading and a little more. */
    private static final int START = 300;

    /** Whether the element's id is made of at least three words of its text's start. */
    static boolean idFromText(Element e) {
        String id = e.id();
        if (id.length() < 12) return false;
        String start = null;
        int words = 0;
        for (String w : ID_PARTS.split(id.toLowerCase(Locale.ROOT))) {
            if (w.length() < 3 || !Character.isLetter(w.charAt(0))) continue;
            if (start == null) start = Text.spaced(e, START).toLowerCase(Locale.ROOT);
            if (!start.contains(w)) return false;
            words++;
        }
        return words >= 3;
    }
}
