package dev.newsloom.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Dates the article's words state rather than its markup: a note that it was "originally
 * published on 26 Sep 2019" (the page's own date line then shows the last revision), and a wire
 * dateline opening the text ("RAJPUR, Dec 20, 2025 (AP) - ..."). Used for pages that declare
 * no date.
 */
final class StatedDates {
    private static final Pattern ORIGINALLY = Pattern.compile("(?i)\\b(originally|first) (published|posted)\\b");
    /** A place in capitals, maybe a region after it, then a comma and what should be a date. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?,\\s+(\\S.{0,23})");
    private static final int OPENING_PARAGRAPHS = 3;

    private StatedDates() {}

    /** The date after "originally published" in the page's text, outside comments, related lists and navigation. */
    static Instant originallyPublished(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : mentioningPublication(doc.body())) {
            if (VisibleDates.excluded(e)) continue;
            String own = e.ownText();
            Matcher m = ORIGINALLY.matcher(own);
            if (!m.find()) continue;
            String after = own.substring(m.end());
            Instant d = Dates.inText(after.length() > 60 ? after.substring(0, 60) : after);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * Elements whose own text says "published" or "posted", in document order. Their text nodes are
     * read as they are: building every element's own text to match it was 3% of a batch's time.
     */
    private static List<Element> mentioningPublication(Element body) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() instanceof Element e && (out.isEmpty() || out.getLast() != e)) {
                if (PUBLICATION_WORDS.anyIn(t.getWholeText())) out.add(e);
            }
        }, body);
        return out;
    }

    /** "ublish", "osted" and their capitals, looked for in one pass. */
    private static final Substrings PUBLICATION_WORDS = new Substrings("ublish", "osted", "UBLISH", "OSTED");

    /** The date of a dateline that opens one of the first paragraphs of the article's area. */
    static Instant dateline(Document doc) {
        List<Element> areas = PageIndex.of(doc).mainAreas();
        Element scope = areas.isEmpty() ? doc.body() : areas.get(0);
        if (scope == null) return null;
        int seen = 0;
        for (Element p : scope.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() < 80) continue; // a dateline opens prose, not a caption or a label
            Matcher m = DATELINE.matcher(text);
            if (m.find() && startsLikeADate(m.group(1))) {
                Instant d = Dates.inText(m.group(1));
                if (d != null) return d;
            }
            if (++seen >= OPENING_PARAGRAPHS) break;
        }
        return null;
    }

    private static boolean startsLikeADate(String s) {
        return Character.isDigit(s.charAt(0)) || s.length() >= 3
                && "jan feb mar apr may jun jul aug sep oct nov dec".contains(s.substring(0, 3).toLowerCase(java.util.Locale.ROOT));
    }
}
