package dev.newsloom.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Feeds whose declared charset is wrong in the two ways publishers get it wrong: Windows-1252
 * bytes declared (or defaulted) as UTF-8, and UTF-8 bytes declared as Latin-1. Valid multi-byte
 * UTF-8 almost never happens by chance in Latin-1 text, so validity decides.
 */
final class CharsetCheck {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetCheck() {}

    /** @return the charset to decode with instead of {@code declared}, or null when the declaration holds */
    static Charset correct(String declared, byte[] body) {
        String name = declared == null ? "UTF-8" : declared.toUpperCase(Locale.ROOT);
        boolean ascii = isAscii(body);
        if (ascii) return null;
        if (name.equals("UTF-8")) return isUtf8(body) ? null : WINDOWS_1252;
        if (name.equals("ISO-8859-1") || name.equals("WINDOWS-1252") || name.equals("US-ASCII")) {
            return isUtf8(body) ? StandardCharsets.UTF_8 : null;
        }
        return null;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) if (b < 0) return false;
        return true;
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
