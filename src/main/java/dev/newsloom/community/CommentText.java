package dev.newsloom.community;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Comments are plain text. Links are found by autolink (http, https and www. addresses; trailing
 * punctuation and unbalanced brackets left out) and returned as spans, so the page escapes every
 * character itself and only ever writes an href it checked here.
 */
public final class CommentText {
    private static final LinkExtractor LINKS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private CommentText() {}

    /**
     * The text as it is stored: trimmed, line ends unified, control and bidirectional-override
     * characters removed (they can make a comment read differently from what it says), at most
     * two blank lines in a row.
     */
    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(raw.length());
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t';
            boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
            if (!control && !bidi) out.appendCodePoint(cp);
        }
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * The text without the characters that show nothing: format characters (Unicode category Cf:
     * zero-width space and joiners, BOM, word joiner, soft hyphen, bidi controls) and the other
     * default-ignorable ones (Hangul fillers, variation selectors). What blocked words are matched
     * against, so "sp\u200Bamword" is "spamword"; the stored text keeps them, so an emoji joined
     * by ZWJ (👩‍💻) still shows as one.
     */
    public static String withoutInvisible(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!invisible(cp)) out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Whether a reader would see nothing at all: only whitespace and characters that show nothing (braille blank too). */
    public static boolean looksEmpty(String text) {
        if (text == null) return true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x2800 || invisible(cp)
                    || Character.getType(cp) == Character.CONTROL;
            if (!blank) return false;
        }
        return true;
    }

    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** Paragraphs (separated by blank lines), each a list of spans; single line breaks stay in the text. */
    public static List<List<TextSpan>> paragraphs(String body) {
        List<List<TextSpan>> out = new ArrayList<>();
        if (body == null || body.isBlank()) return out;
        for (String para : body.split("\\n\\s*\\n")) {
            if (!para.isBlank()) out.add(spans(para.strip()));
        }
        return out;
    }

    public static List<TextSpan> spans(String text) {
        List<TextSpan> out = new ArrayList<>();
        for (Span span : LINKS.extractSpans(text)) {
            String part = text.substring(span.getBeginIndex(), span.getEndIndex());
            String href = span instanceof LinkSpan link ? href(part, link.getType()) : null;
            out.add(new TextSpan(part, href));
        }
        return out;
    }

    public static boolean hasLinks(String text) {
        return spans(text).stream().anyMatch(TextSpan::isLink);
    }

    private static String href(String text, LinkType type) {
        String candidate = type == LinkType.WWW ? "https://" + text : text;
        try {
            URI u = new URI(candidate);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return null;
            return u.toASCIIString();
        } catch (Exception e) {
            return null; // not a URL after all: shown as text
        }
    }
}
