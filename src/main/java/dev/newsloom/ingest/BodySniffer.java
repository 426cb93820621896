package dev.newsloom.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a body is from its first bytes, trusting them over the Content-Type: many servers
 * send feeds as text/html or text/plain, and a few send pages as application/xml.
 */
final class BodySniffer {
    enum Kind { EMPTY, XML, JSON, HTML, OTHER }

    private static final int PREFIX = 8192;
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "rdf", "channel");
    /** Elements a page may start with when its author skipped the html tag. */
    private static final Set<String> PAGE_ROOTS = Set.of("html", "head", "body", "meta", "title",
            "link", "script", "style", "div", "p", "table", "br", "a");

    private BodySniffer() {}

    static Kind sniff(byte[] body, String contentType) {
        String head = head(body);
        int i = skipSpace(head, 0);
        if (i >= head.length()) return body.length > PREFIX ? Kind.OTHER : Kind.EMPTY;
        char c = head.charAt(i);
        if (c == '{' || c == '[') return Kind.JSON;
        if (c != '<') {
            return mime(contentType).contains("json") ? Kind.JSON : Kind.OTHER;
        }
        String root = rootElement(head, i);
        if (root != null && FEED_ROOTS.contains(root)) return Kind.XML;
        if (root != null && PAGE_ROOTS.contains(root)) return Kind.HTML;
        return mime(contentType).equals("text/html") ? Kind.HTML : Kind.XML;
    }

    static String mime(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    /** The opening of the body as text; UTF-16 only if it says so with a BOM, else byte-per-char is enough. */
    private static String head(byte[] body) {
        int n = Math.min(body.length, PREFIX);
        if (n >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return new String(body, 0, n - (n % 2), StandardCharsets.UTF_16);
        }
        String s = new String(body, 0, n, StandardCharsets.ISO_8859_1);
        return s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s; // UTF-8 BOM
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\ufeff' || s.charAt(i) == 0)) i++;
        return i;
    }

    /**
     * The lower-cased name of the first element, after any XML declaration, processing
     * instructions, comments and DOCTYPE (whose internal subset may itself contain '>').
     * Null when the prefix ends first.
     */
    private static String rootElement(String s, int i) {
        while (i < s.length()) {
            i = skipSpace(s, i);
            if (s.startsWith("<?", i)) {
                i = after(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = after(s, "-->", i);
            } else if (s.startsWith("<!", i)) {
                String doctype = s.substring(i, Math.min(s.length(), i + 14)).toLowerCase(Locale.ROOT);
                if (doctype.startsWith("<!doctype html")) return "html";
                i = afterDeclaration(s, i);
            } else if (s.startsWith("<", i)) {
                int start = i + 1, end = start;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '/') end++;
                return end == start ? null : s.substring(start, end).toLowerCase(Locale.ROOT);
            } else {
                return null;
            }
            if (i < 0) return null;
        }
        return null;
    }

    private static int after(String s, String marker, int from) {
        int at = s.indexOf(marker, from);
        return at < 0 ? -1 : at + marker.length();
    }

    private static int afterDeclaration(String s, int i) {
        int depth = 0;
        for (int j = i + 2; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) return j + 1;
        }
        return -1;
    }
}
