package dev.newsloom.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Feed links are often relative, padded with whitespace or not quite valid URIs; make them usable. */
final class Links {
    private Links() {}

    /**
     * {@code ref} made absolute against {@code base} (which may be null). Returns null for blanks and
     * for schemes other than http(s), which have no business as an article link.
     */
    static String resolve(String base, String ref) {
        URI uri = parse(ref);
        if (uri == null) return null;
        if (!uri.isAbsolute()) {
            URI b = parse(base);
            if (b != null && b.isAbsolute() && !b.isOpaque()) {
                try {
                    uri = b.resolve(uri);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        if (uri.isAbsolute()) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
        }
        return uri.toString();
    }

    /** Resolves a chain of bases from outermost to innermost (document URI, then xml:base values). */
    static String base(String outer, String... inner) {
        String b = outer;
        for (String next : inner) {
            if (next == null || next.isBlank()) continue;
            URI n = parse(next);
            if (n == null) continue;
            if (n.isAbsolute()) {
                b = n.toString();
            } else {
                URI ob = parse(b);
                if (ob != null && ob.isAbsolute() && !ob.isOpaque()) b = ob.resolve(n).toString();
            }
        }
        return b;
    }

    private static URI parse(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.isEmpty()) return null;
        try {
            return new URI(t);
        } catch (URISyntaxException e) {
            try {
                // the usual offenders in hand-written feeds
                return new URI(t.replace(" ", "%20").replace("|", "%7C").replace("[", "%5B").replace("]", "%5D"));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }
}
