package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The decoder reads runs of plain ASCII eight bytes at a time: a NUL, a UTF-8 character or a byte
 * that is not UTF-8 must be seen wherever it falls, at every offset of a word and at the end.
 */
class PageDecoderScanTest {
    private static final String ASCII = "<p>The council met on Tuesday to vote on the harbour plan.</p>\n"; // 64 chars

    private static byte[] with(int at, byte... inserted) {
        byte[] plain = ASCII.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[plain.length + inserted.length];
        System.arraycopy(plain, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(plain, at, out, at + inserted.length, plain.length - at);
        return out;
    }

    @Test
    void aNulAnywhereIsDropped() {
        for (int at = 0; at <= ASCII.length(); at++) {
            assertThat(PageDecoder.decode(with(at, (byte) 0), null)).as("NUL at %d", at).isEqualTo(ASCII);
        }
    }

    @Test
    void aUtf8CharacterAnywhereIsDecodedAsUtf8() {
        for (int at = 0; at <= ASCII.length(); at++) {
            String expected = ASCII.substring(0, at) + "é" + ASCII.substring(at);
            // declared Latin-1, but the bytes are UTF-8: only a byte seen as non-ASCII tells
            assertThat(PageDecoder.decode(with(at, (byte) 0xC3, (byte) 0xA9), "text/html; charset=iso-8859-1"))
                    .as("é at %d", at).isEqualTo(expected);
        }
    }

    @Test
    void aByteThatIsNotUtf8AnywhereMakesThePageWindows1252() {
        for (int at = 0; at <= ASCII.length(); at++) {
            byte[] page = with(at, (byte) 0xE9);
            assertThat(PageDecoder.isValidUtf8(page)).as("0xE9 at %d", at).isFalse();
            assertThat(PageDecoder.decode(page, null)).as("0xE9 at %d", at)
                    .isEqualTo(ASCII.substring(0, at) + "é" + ASCII.substring(at));
        }
        assertThat(PageDecoder.isValidUtf8(ASCII.getBytes(StandardCharsets.US_ASCII))).isTrue();
    }
}
