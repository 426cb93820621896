package dev.newsloom.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * HTTP as clients expect it, whatever the route: HEAD answers like GET without the body, a wrong
 * method gets 405 with Allow, JSON says its charset, and pages carry a quoted (weak) ETag that
 * If-None-Match matches in any of its spellings.
 */
final class Protocol {
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST,
            HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private Protocol() {}

    /**
     * Gives every GET route a HEAD twin running the same handler (Jetty drops the body of a HEAD
     * answer), instead of Javalin's bare 200 that never asks the handler whether the page exists.
     */
    static void headLikeGet(Javalin app) {
        InternalRouter router = app.unsafe.internalRouter;
        Set<String> heads = new HashSet<>();
        List<Endpoint> gets = new ArrayList<>();
        for (ParsedEndpoint p : router.allHttpHandlers()) {
            if (p.endpoint.method == HandlerType.HEAD) heads.add(p.endpoint.path);
            if (p.endpoint.method == HandlerType.GET) gets.add(p.endpoint);
        }
        for (Endpoint get : gets) {
            if (!heads.contains(get.path)) router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler));
        }
    }

    /** The methods some route answers at {@code path}, for a 405's Allow header. */
    static List<String> allowed(Javalin app, String path) {
        InternalRouter router = app.unsafe.internalRouter;
        List<String> out = new ArrayList<>();
        for (HandlerType m : METHODS) if (router.hasHttpHandlerEntry(m, path)) out.add(m.name());
        return out;
    }

    /** The longest address (path and query) the site reads; Jetty's own limit is set higher, see {@link #JETTY_HEADER_BYTES}. */
    static final int MAX_URI_CHARS = 8192;
    /**
     * Jetty's limit on the request line and headers. Above the site's own limit, so an over-long
     * address reaches the site and gets its answer in the site's shape (JSON on /api/); Jetty
     * alone would answer 414 with an HTML page before anyone knows the path.
     */
    static final int JETTY_HEADER_BYTES = 64 * 1024;

    /** Runs before every request: refuses an address longer than the site reads. */
    static void before(Context ctx) {
        String q = ctx.queryString();
        if (ctx.req().getRequestURI().length() + (q == null ? 0 : q.length() + 1) > MAX_URI_CHARS) {
            throw new io.javalin.http.HttpResponseException(414, "URI too long");
        }
    }

    /** Runs after every request, before the body is written. */
    static void after(Context ctx) throws IOException {
        String type = ctx.res().getContentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("charset")) {
            // every text the site writes is UTF-8 (Javalin encodes results so); say it, JSON included
            if (type.startsWith("application/json")) ctx.contentType(JsonReply.TYPE);
            else if (type.startsWith("text/html") || type.startsWith("text/plain")) ctx.contentType(type + "; charset=utf-8");
        }
        etag(ctx);
    }

    private static void etag(Context ctx) throws IOException {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) return;
        if (ctx.statusCode() != 200 || ctx.res().getHeader("ETag") != null) return;
        InputStream result = ctx.resultInputStream();
        if (!(result instanceof ByteArrayInputStream)) return;
        byte[] body = result.readAllBytes();
        ctx.result(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        String tag = "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        ctx.header("ETag", tag);
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304).result(new byte[0]);
        }
    }

    /**
     * If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; a list
     * matches when any member does; "*" matches any page that exists. An unquoted value (from a
     * client of the days the site sent bare ETags) is read as if it were quoted.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) return false;
        String ours = opaque(tag);
        for (String member : ifNoneMatch.split(",")) {
            String m = member.strip();
            if (m.equals("*")) return true;
            if (!m.isEmpty() && opaque(m).equals(ours)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/") || t.startsWith("w/")) t = t.substring(2);
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        return t;
    }
}
