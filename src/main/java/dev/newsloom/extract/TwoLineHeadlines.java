package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A headline set in two lines inside its {@code <h1>}, the headline and a subtitle of its own size
 * ({@code <h1>Tide tables for 2026<br>Your guide to the harbour's year</h1>}): the two run together
 * are no title anyone writes, and the page's declared title is how the publisher writes the pair as
 * one line. Only a declared title that agrees with the first line replaces it, and only when no
 * declared title is the two lines as printed.
 */
final class TwoLineHeadlines {
    /** A span the stylesheet sets on a line of its own: an inline {@code display:block}, or the utility classes that say it. */
    private static final Pattern BLOCK_STYLE = Pattern.compile("(?i)display\\s*:\\s*block");
    /** Share of the first line's words the declared title must have. */
    private static final double AGREES = 0.7;

    private TwoLineHeadlines() {}

    /** The declared title standing for a two-line {@code heading}, or {@code headline} when the heading is one line or nothing agrees. */
    static String declaredFor(Element heading, String headline, List<String> declaredTitles, String siteName) {
        if (heading == null || headline == null || !heading.normalName().equals("h1")) return headline;
        List<String> lines = lines(heading);
        // a line of one word is the typography of a short headline ("WEEKEND / CODING / AGENT"), not a subtitle
        if (lines.size() < 2 || lines.stream().anyMatch(l -> l.indexOf(' ') < 0)) return headline;
        String printed = Text.key(String.join(" ", lines)), standing = Text.key(headline);
        List<String> agreeing = new ArrayList<>(2);
        for (String t : declaredTitles) {
            String d = Titles.clean(t, siteName);
            if (d == null) continue;
            String w = Text.key(d);
            // the publisher writes the pair as printed, or the headline as it stands (with the site's decoration)
            if (w.equals(printed) || w.equals(standing) || Titles.decoratedAround(t, headline)) return headline;
            if (siteName != null && d.equalsIgnoreCase(siteName.strip()) || d.indexOf(' ') < 0) continue;
            if (Titles.share(lines.get(0), d) >= AGREES) agreeing.add(d);
        }
        return agreeing.isEmpty() ? headline : agreeing.get(0);
    }

    /** The heading's text cut where it breaks the line: a {@code <br>}, a block child, a span set as a block. */
    static List<String> lines(Element heading) {
        List<String> out = new ArrayList<>(3);
        StringBuilder line = new StringBuilder();
        collect(heading, line, out);
        end(line, out);
        return out;
    }

    private static void collect(Element e, StringBuilder line, List<String> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    end(line, out);
                } else if (c.normalName().equals("time")) {
                    continue; // a date printed in the heading is no line of the headline
                } else if (breaksLine(c)) {
                    end(line, out);
                    collect(c, line, out);
                    end(line, out);
                } else {
                    collect(c, line, out);
                }
            }
        }
    }

    private static boolean breaksLine(Element c) {
        if (c.isBlock()) return true;
        if (BLOCK_STYLE.matcher(c.attr("style")).find()) return true;
        for (String cls : c.classNames()) if (cls.equals("block") || cls.equals("d-block")) return true;
        return false;
    }

    private static void end(StringBuilder line, List<String> out) {
        String t = Text.normalize(line.toString());
        if (t != null && !t.isBlank()) out.add(t);
        line.setLength(0);
    }
}
