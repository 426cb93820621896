package dev.newsloom.model;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids are derived from the canonical URL so that re-ingesting the same URL, after a
 * restart or from another feed, can never create a second article.
 */
public final class ArticleId {
    private ArticleId() {}

    /** 32 lowercase hex characters: the first 128 bits of SHA-256 over the normalized URL. */
    public static String fromUrl(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(canonicalUrl).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{32}");
    }

    /**
     * Scheme and host are case-insensitive and the fragment never names another document, so
     * they must not split one article into two ids.
     */
    static String normalize(String url) {
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getRawAuthority() == null) return trimmed;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return u.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + u.getRawAuthority().toLowerCase(Locale.ROOT) + path + query;
        } catch (Exception e) {
            return trimmed;
        }
    }
}
