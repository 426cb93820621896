package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The declared title over the visible {@code <h1>} when the page itself shows the declared title,
 * word for word, as a heading of its own: the {@code <h1>} is then a section's name ("M&amp;A
 * Updates"), a teaser or a topic label above the article, and the heading that repeats what the
 * page declares is the article's headline. Without that evidence the {@code <h1>} stays: where the
 * two are worded differently, the reader's headline is far more often the {@code <h1>}.
 */
final class DeclaredHeadlines {
    /** Site-wide furniture, where a heading repeating the declared title says nothing about this article. */
    private static final String FURNITURE = "header > nav, nav, footer, [role=navigation]";

    private DeclaredHeadlines() {}

    /**
     * The declared title (cleaned of the site's name) that a heading other than {@code chosen}
     * shows exactly, when it differs from {@code headline}; else null. With no heading chosen (both
     * null) it picks among declared titles that disagree (OpenGraph against Twitter) the one shown.
     */
    static String shownElsewhere(Document doc, Element chosen, String headline, List<String> declaredTitles, String siteName) {
        List<String> others = new ArrayList<>(2);
        for (String t : declaredTitles) {
            String d = Titles.clean(t, siteName);
            if (d == null || d.equalsIgnoreCase(headline) || others.contains(d) || siteName != null && d.equalsIgnoreCase(siteName.strip())) continue;
            if (d.length() >= 8 && d.indexOf(' ') > 0) others.add(d); // a single word is a label, not a headline
        }
        if (others.isEmpty()) return null;
        String shown = firstShown(PageIndex.of(doc).tag("h2"), chosen, others);
        return shown != null ? shown : firstShown(doc.getElementsByTag("h3"), chosen, others);
    }

    private static String firstShown(List<Element> headings, Element chosen, List<String> declared) {
        for (Element h : headings) {
            if (h == chosen) continue;
            String text = Text.normalize(h.text());
            if (text == null) continue;
            for (String d : declared) if (d.equalsIgnoreCase(text) && h.closest(Css.query(FURNITURE)) == null) return d;
        }
        return null;
    }
}
