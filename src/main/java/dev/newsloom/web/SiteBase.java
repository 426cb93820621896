package dev.newsloom.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scheme and host a visitor reached the site at, for links that must be absolute (feeds' ids
 * and links, the private For-you feed's address). Behind a reverse proxy the request arrives for
 * the backend's address, so the proxy's word is taken: {@code Forwarded: host=…;proto=…} (RFC
 * 7239), else {@code X-Forwarded-Host} and {@code X-Forwarded-Proto}. A host is believed only
 * from a proxy ({@link ClientAddress#fromProxy}) and only when it is a host name or address with
 * an optional port and nothing else; otherwise the request's own Host stands, so a client cannot
 * put another site's name, a path or markup into the links the site writes.
 */
final class SiteBase {
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern HOST = Pattern.compile("(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9A-Fa-f:.]{2,45}\\])(?::([0-9]{1,5}))?");

    private SiteBase() {}

    /** "https://news.example.org", or with the port the visitor gave ("http://127.0.0.1:7350"). */
    static String of(Context ctx) {
        boolean proxy = ClientAddress.fromProxy(ctx);
        String forwarded = proxy ? ctx.header("Forwarded") : null;
        String host = proxy ? firstValid(Forwarded.param(forwarded, "host"), first(ctx.header("X-Forwarded-Host"))) : null;
        return (ClientAddress.https(ctx) ? "https" : "http") + "://" + (host != null ? host : ctx.host());
    }

    /** {@code host} when it is a host name, an IPv4 or bracketed IPv6 address, with an optional port 1 to 65535; else null. */
    static String valid(String host) {
        if (host == null || host.length() > 260) return null;
        var m = HOST.matcher(host);
        if (!m.matches()) return null;
        if (m.group(1) != null) {
            int port = Integer.parseInt(m.group(1));
            if (port < 1 || port > 65535) return null;
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static String firstValid(String a, String b) {
        String v = valid(a);
        return v != null ? v : valid(b);
    }

    /** The first of a comma-separated list: the host the outermost proxy was asked for. */
    private static String first(String list) {
        if (list == null) return null;
        int comma = list.indexOf(',');
        return (comma < 0 ? list : list.substring(0, comma)).strip();
    }

    /** The parameters of RFC 7239's Forwarded header, read from its first element (the outermost proxy's). */
    static final class Forwarded {
        private Forwarded() {}

        static String param(String header, String name) {
            if (header == null) return null;
            for (String pair : first(header).split(";")) {
                int eq = pair.indexOf('=');
                if (eq < 0 || !pair.substring(0, eq).strip().equalsIgnoreCase(name)) continue;
                String value = pair.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
                return value;
            }
            return null;
        }
    }
}
