package dev.newsloom.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Feed text is HTML more often than not, and often escaped twice. Titles, authors and summaries
 * become plain text; content stays HTML but only what is safe to put on our own pages.
 */
final class HtmlText {
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    /** Scripts, styles, event handlers and javascript: URLs are not on the list, so they go. */
    private static final Safelist CONTENT = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s", "mark", "abbr", "time")
            .addAttributes("img", "srcset", "loading")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private HtmlText() {}

    /** Plain text of a fragment: tags dropped, entities decoded, whitespace collapsed; null when empty. */
    static String plain(String html) {
        if (html == null) return null;
        String text = MARKUP.matcher(html).find() ? Jsoup.parseBodyFragment(html).text() : html;
        text = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** Text that is already plain (Atom type="text"): only whitespace is tidied. */
    static String literal(String text) {
        if (text == null) return null;
        String t = text.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static boolean hasMarkup(String s) {
        return s != null && MARKUP.matcher(s).find();
    }

    /** Safe HTML with every link and image made absolute against {@code base}; null when nothing is left. */
    static String sanitize(String html, String base) {
        if (html == null || html.isBlank()) return null;
        Document dirty = Jsoup.parseBodyFragment(html, base == null ? "" : base);
        Document clean = new Cleaner(CONTENT).clean(dirty);
        // what remains of an image or link whose URL was unsafe is an empty husk
        clean.select("img:not([src])").remove();
        clean.select("a:not([href])").unwrap();
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        String out = clean.body().html().strip();
        return out.isEmpty() || clean.body().text().isBlank() && clean.body().select("img").isEmpty() ? null : out;
    }

    /** Plain text shown as HTML: escaped, with blank lines as paragraph breaks. */
    static String textAsHtml(String text) {
        if (text == null || text.isBlank()) return null;
        StringBuilder out = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(Entities.escape(para.strip())).append("</p>");
        }
        return out.toString();
    }
}
