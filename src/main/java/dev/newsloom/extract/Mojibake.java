package dev.newsloom.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, decoded once as Latin-1 or windows-1252 and stored again as UTF-8
 * by the publisher's own system ("isnâ€™t" for "isn’t"). Valid UTF-8 bytes, so no decoder sees it.
 * Only runs of Latin-1 and windows-1252 characters that re-encode to valid multi-byte UTF-8 are
 * replaced; real accented text ("café", "Ärger") is not such a run and stays as it is.
 */
final class Mojibake {
    /** windows-1252's characters in 0x80-0x9F, by byte. */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

    private Mojibake() {}

    static String repair(String s) {
        if (!suspicious(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            int lead = byteOf(s.charAt(i));
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            String fixed = len > 0 && i + len <= n ? decode(s, i, i + len) : null;
            if (fixed != null) {
                out.append(fixed);
                i += len;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** A lead character of a two- or three-byte sequence followed by a continuation character. */
    private static boolean suspicious(String s) {
        for (int i = 0, last = s.length() - 1; i < last; i++) {
            char c = s.charAt(i);
            if (c >= 'Â' && c <= 'â' && isLead(c) && isContinuation(byteOf(s.charAt(i + 1)))) return true;
        }
        return false;
    }

    /** The characters double-encoded text starts with: Ã â Â Å Ð Ñ. */
    private static boolean isLead(char c) {
        return c == 'Ã' || c == 'â' || c == 'Â' || c == 'Å' || c == 'Ð' || c == 'Ñ';
    }

    private static String decode(String s, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            int b = byteOf(s.charAt(i));
            if (i > from && !isContinuation(b)) return null;
            bytes[i - from] = (byte) b;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = d.decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** The byte a character stood for in Latin-1 or windows-1252, or -1 for any other character. */
    private static int byteOf(char c) {
        if (c <= 0xFF) return c;
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 ? 0x80 + k : -1;
    }
}
