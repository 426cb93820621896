package dev.newsloom.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What may be subscribed to, and the one spelling a feed URL is stored under: the same feed typed
 * as {@code HTTP://Example.org:80/rss#top} and {@code http://example.org/rss} is one source.
 */
public final class FeedUrls {
    private FeedUrls() {}

    /**
     * The URL as stored: scheme and host in lower case, the scheme's default port and any fragment
     * dropped, an empty path written "/"; path and query are kept as typed (servers may tell case apart).
     *
     * @throws IllegalArgumentException with a reason a person can act on, for anything not an absolute http(s) URL
     */
    public static String normalize(String raw) {
        String url = raw == null ? "" : raw.strip();
        if (url.isEmpty()) throw new IllegalArgumentException("no URL given");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + url);
        }
        if (uri.getScheme() == null) throw new IllegalArgumentException("not an absolute URL (it needs http:// or https://): " + url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs can be subscribed to, not " + scheme + ": " + url);
        }
        if (uri.getRawAuthority() == null) throw new IllegalArgumentException("the URL names no host: " + url);
        if (uri.getHost() == null) {
            // java.net.URI falls back to a registry authority when the port is not a number or the host is malformed
            throw new IllegalArgumentException("the URL's host or port is not valid: " + url);
        }
        int port = uri.getPort();
        if (port == 0 || port > 65_535) throw new IllegalArgumentException("port " + port + " is out of range (1-65535): " + url);
        if (port == defaultPort(scheme)) port = -1;
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) sb.append(uri.getRawUserInfo()).append('@');
        sb.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (port != -1) sb.append(':').append(port);
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) sb.append('?').append(uri.getRawQuery());
        return sb.toString();
    }

    /** {@link #normalize} for URLs already stored, which may predate it: anything it refuses is returned as it was. */
    public static String normalizeOrKeep(String url) {
        try {
            return normalize(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
