package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's title, chosen among what the page shows and what it declares: every visible
 * headline is scored by how well it agrees with the declared titles ({@code <title>}, OpenGraph,
 * Twitter, JSON-LD, microdata), so a site's name in an {@code <h1>} above the article's own
 * headline loses; declared titles lose the site's name that pages append to them
 * ("Council votes | Harbor Gazette").
 */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+[:·•»]\\s+|\\s+::\\s+");
    private static final String[] SITE_SEPARATORS = {" | ", " - ", " – ", " — ", " · ", " :: ", " : ", " » ", ": "};
    /** "latimes.com", "Newegg.com": a host name written as the site's name. */
    private static final Pattern HOST = Pattern.compile("(?i)(www\\.)?[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.(com|org|net|co|io|uk|de|fr|gov|edu|info|news|ai|app|dev)");
    /** Agreement (shared words) that makes a visible headline the declared one, as before: a third of its words. */
    private static final double AGREES = 0.3;
    private static final double CLEARLY_BETTER = 0.15;
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LOWER_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}");

    private Titles() {}

    /** The title without the site's name that pages put before or after it. */
    static String clean(String title, String siteName) {
        if (title == null) return null;
        String t = title.strip();
        // some pages append the name twice ("... | RenoFi | RenoFi")
        for (int round = 0; round < 3; round++) {
            String shorter = withoutSite(t, siteName);
            if (shorter.equals(t) || round > 0 && words(shorter) < 2) break;
            t = shorter;
        }
        return t;
    }

    private static String withoutSite(String t, String siteName) {
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip();
            // a host name needs no separator to be told from the headline ("anavel.dev Notes on DNS")
            if (HOST.matcher(site).matches() && t.regionMatches(true, 0, site + " ", 0, site.length() + 1) && words(t) - 1 >= 2) {
                return t.substring(site.length()).strip();
            }
            for (String sep : SITE_SEPARATORS) {
                if (t.endsWith(sep + site)) return t.substring(0, t.length() - sep.length() - site.length()).strip();
                if (t.startsWith(site + sep)) return t.substring(site.length() + sep.length()).strip();
            }
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length >= 2) {
            String last = parts[parts.length - 1].strip();
            String rest = SEPARATOR_END.matcher(t.substring(0, t.length() - last.length())).replaceAll("").strip();
            boolean separated = SEPARATOR.matcher(" " + t.substring(rest.length(), t.length() - last.length()).strip() + " ").find();
            // a short capitalised tail after a long headline is the site's name; so is a host name, or
            // a tail that is (or holds) the site's declared name ("Thrive Internet Marketing" of "... Agency")
            boolean siteLike = words(last) <= 4 && words(rest) >= 4 && Character.isUpperCase(last.codePointAt(0)) && !LOWER_WORD.matcher(last).find();
            boolean host = HOST.matcher(last).matches();
            boolean named = siteName != null && (share(last, siteName) >= 0.6 || share(siteName, last) >= 0.99);
            if (separated && words(rest) >= 1 && (siteLike || host || named)) return rest;
        }
        return t;
    }

    /**
     * The article's title: the visible headline that agrees best with what the page declares
     * (and is not the site's name), cleaned of a site name it carries; else the {@code <title>}
     * without the site's name, else the declared headline.
     *
     * @param declared the headline the page declares (JSON-LD, OpenGraph, Twitter, microdata), or null
     * @param fallback the title metadata found otherwise (for pages that declare nothing), or null
     */
    static String choose(Document doc, String declared, String fallback, String siteName) {
        String pageTitle = MetadataExtractor.unescaped(doc.title());
        List<String> declaredTitles = new ArrayList<>();
        for (String t : new String[] {declared, MetadataExtractor.unescaped(MetadataExtractor.meta(doc, "og:title")),
                MetadataExtractor.unescaped(MetadataExtractor.meta(doc, "twitter:title"))}) {
            if (t != null && !declaredTitles.contains(t)) declaredTitles.add(t);
        }
        List<String> allTitles = new ArrayList<>(declaredTitles);
        if (pageTitle != null) allTitles.add(pageTitle);
        String site = siteName;
        Element best = null;
        double bestScore = -1;
        List<Element> candidates = candidates(doc);
        String term = null; // the article's h1 in one word: a term, a product, or only a label
        for (Element h : candidates) {
            String text = headingText(h);
            if (text == null) {
                // a masthead that is the site's host name ("anavel.dev"), too short to be a headline
                String own = Text.normalize(h.text());
                if (site == null && own != null && HOST.matcher(own).matches()) site = own;
                if (term == null && own != null && ONE_WORD.matcher(own).matches() && h.normalName().equals("h1")
                        && h.closest(Css.query("article, main, [role=main]")) != null) term = own;
                continue;
            }
            if (isSiteName(text, site, pageTitle, declaredTitles, h.closest(Css.query("article, main, [role=main]")) != null)) {
                if (site == null) site = text; // now known, it comes off the titles
                continue;
            }
            if (allTitles.isEmpty()) {
                if (h.normalName().equals("h1")) return clean(text, site); // nothing to compare with: the first headline
                continue;
            }
            double agreement = 0, score = 0;
            for (String t : allTitles) {
                double own = share(text, t), theirs = share(t, text);
                agreement = Math.max(agreement, own);
                if (own + theirs > 0) score = Math.max(score, 2 * own * theirs / (own + theirs));
            }
            // a second-level heading counts only when no h1 agrees and it is plainly the declared title
            // (blogs that keep their h1 for their own name)
            boolean h1 = h.normalName().equals("h1");
            if (!h1 && (best != null || !declaredTitles.isEmpty())) break;
            boolean enough = h1 ? agreement >= AGREES : score >= 0.8;
            // the first headline that agrees stands, unless a later one agrees clearly better (a site's
            // name in an h1 of the article area, above the article's own)
            if (enough && (best == null || score > bestScore + CLEARLY_BETTER)) {
                best = h;
                bestScore = score;
            }
        }
        if (best != null) {
            String headline = HeadlineRepairs.repaired(clean(headingText(best), site), allTitles, site);
            headline = Kickers.without(best, headline, allTitles, site);
            headline = TwoLineHeadlines.declaredFor(best, headline, allTitles, site);
            String shown = DeclaredHeadlines.shownElsewhere(doc, best, headline, allTitles, site);
            return shown != null ? shown : headline;
        }
        // no heading agrees: a declared title that the page shows as a heading of its own is the one it means
        String shown = DeclaredHeadlines.shownElsewhere(doc, null, null, allTitles, site);
        if (shown != null) return shown;
        String end = declaredEnd(pageTitle, declaredTitles);
        if (end != null) return clean(end, site);
        // nothing shown agrees and nothing names the site: its copyright line may, so that it comes off the <title>
        if (site == null) site = Copyrights.holder(doc);
        String fromPage = pageTitle == null ? null : clean(preferHeading(pageTitle, doc, site), site);
        // the one word the article's h1 shows, which the <title> begins with, is what the page is about ("restaurant" of
        // "RESTAURANT Definition & Meaning"): the rest of the <title> describes the page, it is no headline of it
        if (term != null && fromPage != null && fromPage.length() > term.length() + 1 && fromPage.regionMatches(true, 0, term + " ", 0, term.length() + 1)) {
            return term;
        }
        if (fromPage != null && words(fromPage) >= 2) return fromPage;
        String other = declared != null ? declared : fallback;
        return clean(preferHeading(other, doc, site), site);
    }

    /**
     * The declared headline when the {@code <title>} is it and, across a separator, something
     * shorter ("Ana's Notes - How I built a DNS server" with og:title "How I built a DNS
     * server"): the shorter end is the site, whatever heading repeats it.
     */
    private static String declaredEnd(String pageTitle, List<String> declaredTitles) {
        if (pageTitle == null) return null;
        for (String d : declaredTitles) {
            String rest = otherEnd(pageTitle, d);
            if (rest == null) continue;
            String stripped = SEPARATOR_EDGES.matcher(rest).replaceAll("");
            boolean separated = SEPARATED.matcher(rest.strip()).matches();
            if (separated && words(stripped) >= 1 && words(stripped) < words(d)) return d;
        }
        return null;
    }

    private static final Pattern DECORATION_AFTER = Pattern.compile("(?s)^\\s+(?:[|–—»·-]|::)\\s+\\S.*");
    private static final Pattern DECORATION_BEFORE = Pattern.compile("(?s).*\\S\\s+(?:[|–—»·-]|::)\\s+$");

    /**
     * Whether the title is the text with decoration at one end ("Site - Text", "Text | Site"): a
     * site's separator between them, not a colon, which goes on to the headline's own subtitle
     * ("Gardening for Beginners: The Complete Guide" is no decoration of "Gardening for Beginners").
     */
    static boolean decoratedAround(String title, String text) {
        if (title.startsWith(text)) return DECORATION_AFTER.matcher(title.substring(text.length())).matches();
        if (title.endsWith(text)) return DECORATION_BEFORE.matcher(title.substring(0, title.length() - text.length())).matches();
        return false;
    }

    /**
     * When the title carries decoration ("Site - Headline") and the page shows the bare headline
     * in a heading (not the site's name), the heading is the headline.
     */
    static String preferHeading(String title, Document doc, String siteName) {
        if (title == null) return null;
        List<Element> headings = new ArrayList<>(PageIndex.of(doc).tag("h1"));
        headings.addAll(PageIndex.of(doc).tag("h2"));
        headings.addAll(Classes.containing(doc, "headline", "title"));
        for (Element h : headings) {
            String text = Text.normalize(h.text());
            if (text == null || siteName != null && text.equalsIgnoreCase(siteName.strip())) continue;
            if (words(text) >= 3 && text.length() < title.length() && title.contains(text)) return text;
        }
        return title;
    }

    /** The title without {@code part} at its start or its end (either case), or null when it holds it at neither or is no longer. */
    private static String otherEnd(String title, String part) {
        if (part.length() >= title.length()) return null;
        if (title.regionMatches(true, 0, part, 0, part.length())) return title.substring(part.length());
        if (title.regionMatches(true, title.length() - part.length(), part, 0, part.length())) return title.substring(0, title.length() - part.length());
        return null;
    }

    /**
     * A heading that names the site: the site's declared name, or one end of the {@code <title>}
     * whose other end is the declared headline ("Site: Headline" with og:title "Headline"), or,
     * when nothing is declared, the shorter end of the title shown outside the article.
     */
    private static boolean isSiteName(String heading, String siteName, String pageTitle, List<String> declared, boolean inArticle) {
        if (siteName != null && heading.equalsIgnoreCase(siteName.strip())) return true;
        String rest = pageTitle == null ? null : otherEnd(pageTitle, heading);
        if (rest == null) return false;
        String stripped = SEPARATOR_EDGES.matcher(rest).replaceAll("");
        if (stripped.length() == rest.length() || words(stripped) == 0) return false; // no separator: not two parts
        // with nothing declared to compare: a masthead heading (outside the article) that is the shorter end of the title
        if (declared.isEmpty()) return !inArticle && words(stripped) > words(heading);
        for (String d : declared) {
            if (share(d, stripped) >= 0.8 && share(heading, d) < 0.5) return true;
        }
        return false;
    }

    /** The page's visible headlines, the article's own first: its h1s, then the first h2s of its main area. */
    private static List<Element> candidates(Document doc) {
        List<Element> all = PageIndex.of(doc).tag("h1");
        List<Element> inMain = new ArrayList<>(), outside = new ArrayList<>();
        for (Element h : all) {
            if (h.closest(Css.query("header > nav, nav, footer, aside, [role=navigation]")) != null) continue;
            (h.closest(Css.query("article, main, [role=main]")) != null ? inMain : outside).add(h);
        }
        List<Element> out = new ArrayList<>(inMain);
        out.addAll(outside);
        int h2s = 0;
        for (Element h : PageIndex.of(doc).tag("h2")) {
            if (h2s >= 2) break;
            if (h.closest(Css.query("article, main, [role=main]")) == null || h.closest(Css.query("nav, footer, aside")) != null) continue;
            out.add(h);
            h2s++;
        }
        return out;
    }

    /** A heading's text without the date some pages print inside it; null when it cannot be a headline. */
    private static String headingText(Element h) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != h && e.normalName().equals("time")) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) sb.append(t.getWholeText());
                else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) sb.append(' ');
                return sb.length() > 2000 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, h);
        String text = Text.normalize(sb.toString());
        return text != null && text.length() >= 8 && text.length() <= 300 && words(text) >= 2 ? text : null;
    }

    /** Share of the first text's words that the second one has. */
    static double share(String a, String b) {
        Set<String> aw = wordSet(a), bw = wordSet(b);
        if (aw.isEmpty()) return 0;
        int n = 0;
        for (String w : aw) if (bw.contains(w)) n++;
        return (double) n / aw.size();
    }

    private static final java.util.regex.Pattern SEPARATOR_END = java.util.regex.Pattern.compile("[\\s|–—:·•»-]+$");
    private static final java.util.regex.Pattern SEPARATOR_EDGES = java.util.regex.Pattern.compile("^[\\s|–—:·•»-]+|[\\s|–—:·•»-]+$");
    private static final java.util.regex.Pattern SEPARATED = java.util.regex.Pattern.compile("(?s)[|–—:·•»-].*|.*[|–—:·•»-]");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static Set<String> wordSet(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * The headline the reader sees: the {@code <h1>} of the article (or of the main content, or the
     * page's first one outside its header and navigation).
     */
    static String visibleHeadline(Document doc) {
        Element h = headlineElement(doc);
        return h == null ? null : Text.normalize(h.text());
    }

    /** The element of {@link #visibleHeadline}, or null. */
    static Element headlineElement(Document doc) {
        List<Element> all = PageIndex.of(doc).tag("h1");
        List<Element> h1s = new ArrayList<>();
        for (Element h : all) if (h.closest(Css.query("article, main, [role=main]")) != null) h1s.add(h);
        if (h1s.isEmpty()) h1s = all;
        for (Element h : h1s) {
            if (h.closest(Css.query("header > nav, nav, footer, aside, [role=navigation]")) != null) continue;
            String text = Text.normalize(h.text());
            if (text != null && text.length() >= 8 && text.length() <= 300 && words(text) >= 2) return h;
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
