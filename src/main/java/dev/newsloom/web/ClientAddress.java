package dev.newsloom.web;

import io.javalin.http.Context;

/**
 * The address sign-in throttling counts against. Behind a reverse proxy on the same machine every
 * request comes from loopback, so there (and only there) the proxy's X-Forwarded-For is believed:
 * its last entry, the one the proxy itself added. A client elsewhere cannot choose its address.
 */
final class ClientAddress {
    private ClientAddress() {}

    static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (isLoopback(peer)) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 45 && last.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                    return last;
                }
            }
        }
        return peer;
    }

    /** HTTPS directly, or a proxy in front that says so: then cookies are marked Secure. */
    static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1")
                || address.equals("[::1]") || address.startsWith("::ffff:127."));
    }
}
