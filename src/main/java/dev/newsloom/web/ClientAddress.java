package dev.newsloom.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address sign-in throttling counts against. A reverse proxy's X-Forwarded-For is believed
 * only from the proxy itself: loopback (a proxy on the same machine) or an address listed in
 * NEWSLOOM_TRUSTED_PROXIES (a proxy elsewhere). Its last entry is the one the proxy added, so a
 * client cannot choose its own address by sending the header.
 */
final class ClientAddress {
    private static final Set<String> TRUSTED = parseTrusted(System.getenv("NEWSLOOM_TRUSTED_PROXIES"));

    private ClientAddress() {}

    static String of(Context ctx) {
        return from(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), TRUSTED);
    }

    /** Whether the request comes from a reverse proxy whose forwarding headers are believed. */
    static boolean fromProxy(Context ctx) {
        return believed(ctx.req().getRemoteAddr(), TRUSTED);
    }

    private static boolean believed(String peer, Set<String> trustedProxies) {
        return isLoopback(peer) || (peer != null && trustedProxies.contains(peer));
    }

    static String from(String peer, String forwarded, Set<String> trustedProxies) {
        if (believed(peer, trustedProxies) && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 45 && last.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return last;
            }
        }
        return peer;
    }

    static Set<String> parseTrusted(String list) {
        if (list == null || list.isBlank()) return Set.of();
        return Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** HTTPS directly, or a proxy in front that says so (X-Forwarded-Proto, or Forwarded's proto from a believed proxy): then cookies are marked Secure. */
    static boolean https(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto"); // "https, http" from a chain of proxies: the first is the visitor's
        return "https".equalsIgnoreCase(ctx.scheme()) || (proto != null && "https".equalsIgnoreCase(proto.split(",")[0].strip()))
                || (fromProxy(ctx) && "https".equalsIgnoreCase(SiteBase.Forwarded.param(ctx.header("Forwarded"), "proto")));
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1")
                || address.equals("[::1]") || address.startsWith("::ffff:127."));
    }
}
