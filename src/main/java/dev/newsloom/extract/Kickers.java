package dev.newsloom.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A kicker set inside the headline's own element ({@code <h1><div>Get that tech stack</div>
 * <span>Harbor Coffee</span></h1>}): a line of its own before the headline, which the declared
 * title leaves out. Only the declared title's word for word agreement with the rest takes it off,
 * so a headline that merely starts in an element of its own stays whole.
 */
final class Kickers {
    private Kickers() {}

    /** The headline without the kicker that leads {@code heading}, when the rest is a declared title; else {@code headline}. */
    static String without(Element heading, String headline, List<String> declaredTitles, String siteName) {
        if (heading == null || headline == null) return headline;
        Element first = heading.firstElementChild();
        if (first == null || first.normalName().equals("br")) return headline;
        // the kicker is the heading's first content: no text of the heading itself before it
        if (first.siblingIndex() > 0 && !first.previousSibling().outerHtml().isBlank()) return headline;
        String kicker = Text.normalize(first.text());
        if (kicker == null || kicker.length() >= headline.length() || !headline.regionMatches(true, 0, kicker, 0, kicker.length())) return headline;
        String rest = headline.substring(kicker.length()).replaceFirst("^[\\s|–—:·•»-]+", "");
        if (rest.isEmpty()) return headline;
        for (String t : declaredTitles) {
            String d = Titles.clean(t, siteName);
            if (d == null || siteName != null && rest.equalsIgnoreCase(siteName.strip())) continue;
            // the declared title is the rest, or the rest and the site's decoration ("Harbor Coffee | App Store")
            if (d.equalsIgnoreCase(rest) || d.startsWith(rest) && Titles.decoratedAround(d, rest)) return rest;
        }
        return headline;
    }
}
