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
        java.util.List<org.jsoup.nodes.Element> headings = new java.util.ArrayList<>(doc.select("h1, h2"));
        headings.addAll(Classes.containing(doc, "headline", "title"));
        for (org.jsoup.nodes.Element h : headings) {
            String text = Text.normalize(h.text());
            if (text != null && words(text) >= 3 && text.length() < title.length() && title.contains(text)) return text;
        }
        return title;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
