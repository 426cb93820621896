package dev.newsloom.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing its Content-Encoding, and stops at the cap. The cap counts
 * decompressed bytes, so a small gzip bomb is stopped as soon as it inflates past the limit.
 */
final class BodyReader {
    /** Thrown when the body grows past the cap; the caller turns it into a readable reason. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body over cap");
        }
    }

    /** Thrown for a Content-Encoding we did not ask for and cannot undo. */
    static final class UnsupportedEncoding extends IOException {
        UnsupportedEncoding(String encoding) {
            super(encoding);
        }
    }

    private BodyReader() {}

    static byte[] read(InputStream raw, String contentEncoding, long cap) throws IOException {
        InputStream capped = new Capped(raw, cap); // compressed bytes count too
        try (InputStream in = decoder(capped, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) != -1; ) {
                total += n;
                if (total > cap) throw new TooLarge();
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static InputStream decoder(InputStream in, String contentEncoding) throws IOException {
        String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (enc) {
            case "", "identity" -> in;
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            case "deflate" -> inflater(in);
            default -> throw new UnsupportedEncoding(enc);
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; look at the header. */
    private static InputStream inflater(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        int b0 = p.read();
        int b1 = b0 == -1 ? -1 : p.read();
        if (b1 != -1) p.unread(b1);
        if (b0 != -1) p.unread(b0);
        boolean zlib = b0 != -1 && b1 != -1 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(p, new Inflater(!zlib), 8192);
    }

    private static final class Capped extends InputStream {
        private final InputStream in;
        private final long cap;
        private long count;

        Capped(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1 && ++count > cap) throw new TooLarge();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && (count += n) > cap) throw new TooLarge();
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
