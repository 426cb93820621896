package dev.newsloom.extract;

import java.util.regex.Pattern;

/** Headlines without the site name that pages append to them ("Council votes | Harbor Gazette"). */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+[:·•»]\\s+|\\s+::\\s+");

    private Titles() {}

    static String clean(String title, String siteName) {
        if (title == null) return null;
        String t = title.strip();
        if (siteName != null && !siteName.isBlank()) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " · ", " :: ", " : ", " » "}) {
                if (t.endsWith(sep + siteName)) return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
                if (t.startsWith(siteName + sep)) return t.substring(siteName.length() + sep.length()).strip();
            }
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length >= 2) {
            String last = parts[parts.length - 1].strip();
            String rest = t.substring(0, t.length() - last.length()).replaceAll("[\\s|–—:·•»-]+$", "").strip();
            // a short capitalised tail after a long headline is the site's name
            if (words(last) <= 4 && words(rest) >= 4 && Character.isUpperCase(last.codePointAt(0))
                    && SEPARATOR.matcher(" " + t.substring(rest.length(), t.length() - last.length()).strip() + " ").find()) {
                return rest;
            }
        }
        return t;
    }

    /**
     * When the title carries decoration ("Site - Headline") and the page shows the bare headline
     * in a heading, the heading is the headline.
     */
    static String preferHeading(String title, org.jsoup.nodes.Document doc) {
        if (title == null) return null;
        java.util.List<org.jsoup.nodes.Element> headings = new java.util.ArrayList<>(PageIndex.of(doc).tag("h1"));
        headings.addAll(PageIndex.of(doc).tag("h2"));
        headings.addAll(Classes.containing(doc, "headline", "title"));
        for (org.jsoup.nodes.Element h : headings) {
            String text = Text.normalize(h.text());
            if (text != null && words(text) >= 3 && text.length() < title.length() && title.contains(text)) return text;
        }
        return title;
    }

    /**
     * The article's title: its visible headline when that agrees (in a third of its words) with
     * one of the titles the page declares, and is not the site's name; else the {@code <title>}
     * without the site name, else the declared headline.
     */
    static String choose(org.jsoup.nodes.Document doc, String declared, String siteName) {
        String pageTitle = MetadataExtractor.unescaped(doc.title());
        java.util.List<String> declaredTitles = new java.util.ArrayList<>();
        for (String t : new String[] {pageTitle, declared, MetadataExtractor.unescaped(MetadataExtractor.meta(doc, "og:title")),
                MetadataExtractor.unescaped(MetadataExtractor.meta(doc, "twitter:title"))}) {
            if (t != null) declaredTitles.add(t);
        }
        String heading = visibleHeadline(doc);
        if (heading != null && isSiteName(heading, siteName, declaredTitles)) {
            if (siteName == null) siteName = heading; // now known, it comes off the titles
        } else if (heading != null) {
            double agreement = 0;
            for (String t : declaredTitles) agreement = Math.max(agreement, overlap(heading, t));
            if (declaredTitles.isEmpty() || agreement >= 0.3) return heading;
        }
        String fromPage = pageTitle == null ? null : clean(preferHeading(pageTitle, doc), siteName);
        return fromPage != null && words(fromPage) >= 2 ? fromPage : clean(preferHeading(declared, doc), siteName);
    }

    /** A heading that names the site: the site's name, or the short part of a "Site | Headline" title. */
    private static boolean isSiteName(String heading, String siteName, java.util.List<String> titles) {
        if (siteName != null && heading.equalsIgnoreCase(siteName.strip())) return true;
        for (String t : titles) {
            String[] parts = SEPARATOR.split(t);
            if (parts.length < 2) continue;
            String first = parts[0].strip(), last = parts[parts.length - 1].strip();
            String rest = null;
            if (first.equalsIgnoreCase(heading)) rest = t.substring(first.length());
            else if (last.equalsIgnoreCase(heading)) rest = t.substring(0, t.length() - last.length());
            if (rest != null && words(rest) > words(heading)) return true;
        }
        return false;
    }

    /** Share of the first text's words that the second one has. */
    private static double overlap(String a, String b) {
        java.util.Set<String> aw = wordSet(a), bw = wordSet(b);
        if (aw.isEmpty()) return 0;
        int n = 0;
        for (String w : aw) if (bw.contains(w)) n++;
        return (double) n / aw.size();
    }

    private static java.util.Set<String> wordSet(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * The headline the reader sees: the {@code <h1>} of the article (or of the main content, or the
     * page's first one outside its header and navigation). Publishers tune {@code og:title} and
     * JSON-LD for search and sharing; the visible heading is the article's own title.
     */
    static String visibleHeadline(org.jsoup.nodes.Document doc) {
        org.jsoup.nodes.Element h = headlineElement(doc);
        return h == null ? null : Text.normalize(h.text());
    }

    /** The element of {@link #visibleHeadline}, or null. */
    static org.jsoup.nodes.Element headlineElement(org.jsoup.nodes.Document doc) {
        java.util.List<org.jsoup.nodes.Element> all = PageIndex.of(doc).tag("h1");
        java.util.List<org.jsoup.nodes.Element> h1s = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element h : all) if (h.closest("article, main, [role=main]") != null) h1s.add(h);
        if (h1s.isEmpty()) h1s = all;
        for (org.jsoup.nodes.Element h : h1s) {
            if (h.closest("header > nav, nav, footer, aside, [role=navigation]") != null) continue;
            String text = Text.normalize(h.text());
            if (text != null && text.length() >= 8 && text.length() <= 300 && words(text) >= 2) return h;
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
