package dev.newsloom.web;

import java.net.URI;

/**
 * Escaping stops markup injection but not a {@code javascript:} URL in an href or src, so every
 * URL that came from a publisher passes through here first.
 */
public final class SafeUrl {
    private SafeUrl() {}

    public static String httpOrNull(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            return u.getHost() == null ? null : u.toASCIIString();
        } catch (Exception e) {
            return null;
        }
    }
}
