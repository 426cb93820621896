package dev.newsloom.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /metrics} (and the status page): without a token, only a client on this
 * machine talking to the site directly, so a scraper beside it needs no setup and the public never
 * sees the figures; with a token (NEWSLOOM_METRICS_TOKEN, --metrics-token), only a request that
 * sends it as {@code Authorization: Bearer TOKEN}, from anywhere. A request that came through a
 * reverse proxy is never taken for a local one: on loopback a proxy is every public visitor.
 */
final class MetricsAccess {
    static final int MIN_TOKEN_CHARS = 16;
    private static final String[] FORWARDING_HEADERS = {"X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host"};

    enum Verdict { ALLOWED, TOKEN_REQUIRED, LOCAL_ONLY }

    private final byte[] token;

    /** @param token null or blank for "this machine only" */
    MetricsAccess(String token) {
        if (token == null || token.isBlank()) {
            this.token = null;
            return;
        }
        if (token.length() < MIN_TOKEN_CHARS || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the metrics token (NEWSLOOM_METRICS_TOKEN or --metrics-token) must be at least "
                    + MIN_TOKEN_CHARS + " printable ASCII characters without spaces, e.g. the output of `openssl rand -hex 24`");
        }
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    boolean tokenRequired() {
        return token != null;
    }

    Verdict check(Context ctx) {
        boolean forwarded = false;
        for (String h : FORWARDING_HEADERS) forwarded |= ctx.header(h) != null;
        return check(ctx.req().getRemoteAddr(), forwarded, ctx.header("Authorization"));
    }

    Verdict check(String peer, boolean forwarded, String authorization) {
        if (token != null) return bearerMatches(authorization) ? Verdict.ALLOWED : Verdict.TOKEN_REQUIRED;
        return ClientAddress.isLoopback(peer) && !forwarded ? Verdict.ALLOWED : Verdict.LOCAL_ONLY;
    }

    private boolean bearerMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token); // in constant time: the token cannot be guessed byte by byte
    }
}
