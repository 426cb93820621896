package dev.newsloom.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a page to text. Order of evidence: a byte-order mark, the HTTP Content-Type, the
 * page's own meta charset; and when those are missing or contradicted by the bytes (declared
 * Latin-1 but valid multi-byte UTF-8), the bytes themselves. Never throws.
 */
public final class PageDecoder {
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private PageDecoder() {}

    public static String decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) return "";
        Charset bom = bom(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return clean(new String(body, skip, body.length - skip, bom));
        }
        Charset declared = charsetOf(contentType, HEADER_CHARSET);
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            declared = charsetOf(head, META_CHARSET);
        }
        int facts = scan(body);
        boolean utf8 = (facts & INVALID_UTF8) == 0;
        Charset chosen;
        if (declared == null) {
            chosen = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        } else if (utf8 && (facts & NON_ASCII) != 0 && !declared.equals(StandardCharsets.UTF_8) && isSingleByteLatin(declared)) {
            chosen = StandardCharsets.UTF_8; // declared Latin-1, but the bytes are clearly UTF-8
        } else if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
            chosen = Charset.forName("windows-1252"); // declared UTF-8, but the bytes are not
        } else {
            chosen = declared;
        }
        String text = new String(body, chosen);
        if ((facts & NUL) != 0 || !isAsciiCompatible(chosen)) text = text.replace("\0", "");
        // read as UTF-8, text can hold double-encoded characters only where the bytes hold their lead (C3 xx)
        if (chosen.equals(StandardCharsets.UTF_8) && (facts & MOJIBAKE_LEAD) == 0) return text;
        return Mojibake.repair(text);
    }

    /** A page's bytes read as little-endian longs, for {@link #scan}'s ASCII runs. */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final int INVALID_UTF8 = 1, NON_ASCII = 2, NUL = 4, MOJIBAKE_LEAD = 8;

    private static boolean isAsciiCompatible(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || isSingleByteLatin(c);
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static Charset charsetOf(String text, Pattern pattern) {
        if (text == null) return null;
        Matcher m = pattern.matcher(text);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // browsers treat Latin-1 as windows-1252; so do publishers who declare it
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) name = "windows-1252";
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("us-ascii");
    }

    static boolean isValidUtf8(byte[] b) {
        return (scan(b) & INVALID_UTF8) == 0;
    }

    /**
     * One pass over the bytes: whether they are well-formed UTF-8 (shortest forms, no surrogates),
     * hold any non-ASCII byte or a NUL, and the UTF-8 of a character that starts double-encoded
     * text (Ã â Â Å Ð Ñ, all C3 xx), without decoding them.
     */
    private static int scan(byte[] b) {
        int facts = 0;
        int i = 0, n = b.length;
        while (i < n) {
            // eight bytes at a time while none is non-ASCII or a NUL (most of a page's markup): batches run on the
            // quick compiler, which has no vector form of a byte loop, and this was 2.5% of a batch's samples
            while (i + 8 <= n) {
                long x = (long) LONGS.get(b, i);
                if ((x & 0x8080808080808080L) != 0 || ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) break;
                i += 8;
            }
            if (i >= n) break;
            int c = b[i];
            if (c > 0) {
                i++;
                continue;
            }
            if (c == 0) {
                facts |= NUL;
                i++;
                continue;
            }
            c &= 0xff;
            facts |= NON_ASCII;
            if ((facts & INVALID_UTF8) != 0) {
                i++;
                continue;
            }
            int len;
            int min2 = 0x80, max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) len = 2;
            else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                if (c == 0xE0) min2 = 0xA0;
                if (c == 0xED) max2 = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                if (c == 0xF0) min2 = 0x90;
                if (c == 0xF4) max2 = 0x8F;
            } else {
                facts |= INVALID_UTF8;
                i++;
                continue;
            }
            if (i + len > n) {
                facts |= INVALID_UTF8;
                i++;
                continue;
            }
            int c2 = b[i + 1] & 0xff;
            boolean ok = c2 >= min2 && c2 <= max2;
            for (int k = 2; ok && k < len; k++) {
                int ck = b[i + k] & 0xff;
                ok = ck >= 0x80 && ck <= 0xBF;
            }
            if (!ok) {
                facts |= INVALID_UTF8;
                i++;
                continue;
            }
            if (c == 0xC3 && (c2 == 0x83 || c2 == 0xA2 || c2 == 0x82 || c2 == 0x85 || c2 == 0x90 || c2 == 0x91)) facts |= MOJIBAKE_LEAD;
            i += len;
        }
        return facts;
    }

    private static String clean(String s) {
        return Mojibake.repair(s.indexOf('\0') >= 0 ? s.replace("\0", "") : s);
    }
}
