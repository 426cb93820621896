package dev.newsloom.extract;

import java.util.regex.Pattern;

/** "By JANE DOE | Nov 21" → "Jane Doe"-ish: the names, without the decoration around them. */
final class Bylines {
    private static final Pattern PREFIX = Pattern.compile("^(?i)((written|posted|words|story|text|published) by|by|von|par|por|door|di|author|authors|autor|auteur)[:\\s]+");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s*([|•·,–—-]\\s*)?(published|updated|last updated|posted|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4},|"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|on \\d).*$");
    /** "By Ana Vel", "Written by Ana Vel and Tom Ng": a line that signs the article. */
    private static final Pattern SIGNED = Pattern.compile("^(?i)((written|posted|words|story) by|by)[:\\s]+\\p{Lu}.{1,80}$");

    private Bylines() {}

    /** The first candidate that, cleaned, reads like a name rather than a handle, a URL or a label. */
    static String first(String... candidates) {
        for (String c : candidates) {
            String name = clean(MetadataExtractor.unescaped(c));
            if (name != null && plausible(name)) return name;
        }
        return null;
    }

    static boolean plausible(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("http") || lower.contains("www.") || lower.contains("@") || lower.contains(".com")) return false;
        if (!name.contains(" ") && (name.equals(lower) && name.matches(".*[._\\d].*"))) return false; // "ana.vel", "kffanav"
        if (lower.matches("(the )?(author|admin|administrator|editor|editorial|staff|guest|user|unknown|anonymous)s?")) return false;
        if (lower.matches("(articles|posts|stories|more|all posts|all articles|view all|see all|more articles|more stories|member|log|sign)\\b.*")) return false;
        return Character.isLetter(name.codePointAt(0));
    }

    /** "Written by Ana Vel" anywhere on the page (an author box under the article), outside comments. */
    static String writtenBy(org.jsoup.nodes.Document doc) {
        if (doc.body() == null) return null;
        String[] found = {null};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t && t.parent() instanceof org.jsoup.nodes.Element parent) {
                    String raw = t.getWholeText();
                    if (raw.length() < 200 && (raw.contains("ritten by") || raw.contains("RITTEN BY"))) {
                        String line = DocumentOrder.shortText(parent.parent() != null && parent.normalName().equals("span") ? parent.parent() : parent, 100);
                        if (line != null && WRITTEN.matcher(line).matches()
                                && parent.closest("[class*=comment], [id*=comment], nav, footer") == null) {
                            found[0] = line;
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    private static final Pattern WRITTEN = Pattern.compile("^(?i)written by[:\\s]+\\p{Lu}.{1,60}$");

    /** A "By ..." line among the few elements after the headline. */
    static String nearHeadline(org.jsoup.nodes.Document doc) {
        org.jsoup.nodes.Element h1 = PageIndex.of(doc).firstH1();
        if (h1 == null) return null;
        for (org.jsoup.nodes.Element e : DocumentOrder.after(h1, 60)) {
            if (e.normalName().equals("p") && e.ownText().length() > 200) break;
            String text = DocumentOrder.shortText(e, 100);
            if (text != null && SIGNED.matcher(text).matches()) return text;
        }
        return null;
    }

    static String clean(String raw) {
        String t = Text.normalize(raw);
        if (t == null) return null;
        t = PREFIX.matcher(t).replaceFirst("");
        t = TAIL.matcher(t).replaceFirst("");
        t = t.replaceAll("[|•·,;:\\s]+$", "").strip();
        // "Ana Vel / REUTERS": the agency is a credit, not an author
        StringBuilder names = new StringBuilder();
        String[] parts = t.split("\\s*[|/•]\\s*");
        for (String part : parts) {
            // a name in capitals beside another name is an agency ("Ana Vel / MERIDIAN"); alone it is a person
            if (part.isBlank() || Credits.agency(part, parts.length > 1) != null || part.equalsIgnoreCase("staff")) continue;
            if (names.length() > 0) names.append(", ");
            names.append(part.strip());
        }
        t = names.toString();
        if (t.length() < 2 || t.length() > 120) return null;
        return t;
    }
}
