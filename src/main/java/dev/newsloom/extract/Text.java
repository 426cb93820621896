package dev.newsloom.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Whitespace as readers expect it: single spaces, no non-breaking or zero-width characters. */
final class Text {
    private Text() {}

    /** {@link Character#isWhitespace(char)} of every char, as bits: text is read a character at a time, and the JDK's tables cost several calls each. */
    private static final long[] WHITESPACE = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) if (Character.isWhitespace((char) c)) WHITESPACE[c >>> 6] |= 1L << c;
    }

    /** The same as {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return (WHITESPACE[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The element's text nodes as written, each followed by a space, so that parts set in elements
     * of their own stay apart ("<span>Dec 17, 2025</span><span>Ana Vel</span>"), where jsoup's
     * {@code text()} runs them together. The walk stops once more than {@code limit} characters
     * are read, so a result longer than the limit is a cut-off start.
     */
    static String spaced(Element e, int limit) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.getWholeText()).append(' ');
                return sb.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString();
    }

    /** The text with whitespace runs as one space, zero-width characters dropped, trimmed; null when empty. */
    static String normalize(String s) {
        if (s == null) return null;
        int n = s.length();
        StringBuilder out = null;
        boolean space = true; // at the start, whitespace is dropped
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (out == null && c > ' ' && c < 128) { // the common case: a visible ASCII character, nothing to change
                space = false;
                continue;
            }
            boolean zeroWidth = c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff';
            boolean ws = !zeroWidth && (c == ' ' || c == '\u00a0' || isWhitespace(c));
            if (out == null) {
                // copy only once the text differs from its normal form
                boolean fine = !zeroWidth && (!ws || (c == ' ' && !space && i + 1 < n && !isSpace(s.charAt(i + 1))));
                if (fine) {
                    space = ws;
                    continue;
                }
                out = new StringBuilder(n);
                out.append(s, 0, i);
            }
            if (zeroWidth) continue;
            if (ws) {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        if (out == null) return n == 0 ? null : s;
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
        return out.length() == 0 ? null : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == '\u00a0' || isWhitespace(c) || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff';
    }

    /** Letters and digits in lower case, every other run as one space: what makes two lines "the same". */
    static String key(String s) {
        if (s == null) return "";
        // a char array, not a StringBuilder: a call per character was half of this method's time.
        // Each gap adds at most the one character that made it and a lower-cased code point is at
        // most two chars, so twice the input always fits.
        char[] out = new char[s.length() * 2];
        int len = 0;
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 128) { // most text: no code point decoding, no Unicode tables
                i++;
                boolean lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
                if (lower || upper || digit) {
                    if (gap && len > 0) out[len++] = ' ';
                    out[len++] = upper ? (char) (c + 32) : c;
                    gap = false;
                } else {
                    gap = true;
                }
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && len > 0) out[len++] = ' ';
                len += Character.toChars(Character.toLowerCase(cp), out, len);
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, len);
    }
}
