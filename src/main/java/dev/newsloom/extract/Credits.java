package dev.newsloom.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire service an article comes from (REUTERS, AFP, AP ...): from the dateline
 * ("PARIS (AFP) —"), a closing credit line ("— Reuters"), the byline, or the JSON-LD author.
 */
final class Credits {
    // compiled once: String.replaceAll, split and matches compile their expression at each call
    private static final Pattern BY_OR_FROM = Pattern.compile("(?i)^(by|from)\\s+");
    private static final Pattern BY_FROM_OR_VIA = Pattern.compile("(?i)^(by|from|via)\\s+");
    private static final Pattern LINE_PARTS = Pattern.compile("\\s*[,|·/•]\\s*|\\s+[-–—]\\s+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("reuters", "REUTERS"), Map.entry("thomson reuters", "REUTERS"), Map.entry("afp", "AFP"),
            Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"), Map.entry("ap", "AP"),
            Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"), Map.entry("bloomberg", "BLOOMBERG"),
            Map.entry("dpa", "DPA"), Map.entry("efe", "EFE"), Map.entry("ansa", "ANSA"), Map.entry("xinhua", "XINHUA"),
            Map.entry("pa", "PA"), Map.entry("pa media", "PA"), Map.entry("upi", "UPI"), Map.entry("kyodo", "KYODO"),
            Map.entry("yonhap", "YONHAP"), Map.entry("ani", "ANI"), Map.entry("pti", "PTI"), Map.entry("ians", "IANS"),
            Map.entry("anadolu", "ANADOLU"), Map.entry("tass", "TASS"), Map.entry("interfax", "INTERFAX"),
            Map.entry("aap", "AAP"), Map.entry("cp", "CP"), Map.entry("the canadian press", "CP"));
    /** "TORSUND (MERIDIAN) —": an upper-case place, the agency in parentheses, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .,'’/-]{1,60}?\\s*\\(([\\p{L} .&-]{2,30})\\)\\s*[-–—:]");
    private static final Pattern CLOSING = Pattern.compile("^[-–—]\\s*([\\p{L} .&-]{2,30})$|^\\(([\\p{L} .&-]{2,30})\\)$");

    private Credits() {}

    static String detect(List<String> paragraphs, String byline, String bylineLine, String jsonLdAuthorOrg) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            Matcher m = DATELINE.matcher(paragraphs.get(i));
            if (m.find()) {
                String agency = agency(m.group(1), true);
                if (agency != null) return agency;
            }
        }
        for (int i = Math.max(0, paragraphs.size() - 2); i < paragraphs.size(); i++) {
            Matcher m = CLOSING.matcher(paragraphs.get(i).strip());
            if (m.find()) {
                String agency = agency(m.group(1) != null ? m.group(1) : m.group(2), false);
                if (agency != null) return agency;
            }
        }
        String fromByline = byline == null ? null : agency(BY_OR_FROM.matcher(byline).replaceAll(""), false);
        if (fromByline != null) return fromByline;
        if (bylineLine != null) {
            // "By Ana Vel, AFP, 21 November": a part of the byline that is an agency, or a name in capitals
            for (String part : LINE_PARTS.split(bylineLine)) {
                String agency = agency(BY_FROM_OR_VIA.matcher(part).replaceAll(""), true);
                if (agency != null && !HAS_DIGIT.matcher(part).matches()) return agency;
            }
        }
        return jsonLdAuthorOrg == null ? null : agency(jsonLdAuthorOrg, false);
    }

    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("source|agency|provider|syndicat|wire");
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s*[,|·/•]\\s*|\\s+[-–—]\\s+");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(?i)^(source|by|via|from)[:\\s]+");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[\\p{Lu} &.-]+");

    /**
     * A credit in the page's markup outside captions: a labelled source ({@code <span class="source">AFP</span>},
     * where a name in capitals counts) or a known agency within a byline or dateline line.
     */
    static String fromMarkup(org.jsoup.nodes.Document doc) {
        for (org.jsoup.nodes.Element e : Classes.containing(doc, "source", "agency", "provider", "syndicat", "wire", "byline", "dateline", "meta")) {
            if (e.closest(Css.query("figure, figcaption")) != null) continue;
            String t = DocumentOrder.shortText(e, 160);
            if (t == null) continue;
            boolean labelled = LABELLED.matcher(e.className().toLowerCase(java.util.Locale.ROOT)).find();
            for (String part : PARTS.split(t)) {
                String p = LABEL.matcher(part).replaceFirst("").strip();
                if (p.isEmpty() || DIGIT.matcher(p).find()) continue;
                String agency = agency(p, labelled);
                if (agency != null) return agency;
            }
        }
        return null;
    }

    /**
     * A known agency's short name; in a dateline, an unknown name written in capitals counts too
     * (wire services style their own name that way).
     */
    static String agency(String name, boolean datelineCaps) {
        if (name == null) return null;
        String n = name.strip();
        String known = AGENCIES.get(n.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        if (datelineCaps && n.length() >= 2 && n.length() <= 20 && n.equals(n.toUpperCase(Locale.ROOT)) && CAPITALS.matcher(n).matches()) {
            return n;
        }
        return null;
    }
}
