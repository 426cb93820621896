package dev.newsloom.web;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Session;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the community pages share: the session of the request, safe return addresses, error statuses, notices. */
final class Forms {
    static final String SESSION = "newsloom.session";
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("welcome", "Welcome! Your account is ready, and you are signed in."),
            Map.entry("signed-in", "You are signed in."),
            Map.entry("bye", "You are signed out."),
            Map.entry("posted", "Your comment is posted."),
            Map.entry("held-link", "Your comment waits for a moderator: comments with links from new accounts are checked first."),
            Map.entry("held-word", "Your comment waits for a moderator: it contains a word the moderators check first."),
            Map.entry("held-reports", "Your comment waits for a moderator, who will look at the reports it had."),
            Map.entry("edited", "Your comment is changed."),
            Map.entry("deleted", "Your comment is deleted."),
            Map.entry("reported", "Thank you. A moderator will look at the comment."),
            Map.entry("password", "Your password is changed, and every other browser is signed out."),
            Map.entry("followed", "Followed: it will appear in For you."),
            Map.entry("unfollowed", "Unfollowed."),
            Map.entry("feed-off", "Your private feed is turned off; its address no longer works."),
            Map.entry("account-deleted", "Your account is deleted. Thank you for reading."),
            Map.entry("done", "Done."));

    private Forms() {}

    static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    static String notice(String code) {
        return code == null ? null : NOTICES.get(code);
    }

    /** A return address from a form or link, if it stays on this site; else "/". */
    static String localPath(String next) {
        if (next == null || next.isBlank() || next.length() > 500) return "/";
        String n = next.strip();
        boolean local = n.startsWith("/") && !n.startsWith("//") && !n.startsWith("/\\") && n.chars().noneMatch(c -> c < 0x20 || c == '\\');
        return local ? n : "/";
    }

    static String withNotice(String path, String code) {
        String p = localPath(path);
        int hash = p.indexOf('#');
        String fragment = hash >= 0 ? p.substring(hash) : "";
        String base = hash >= 0 ? p.substring(0, hash) : p;
        base = base.replaceAll("([?&])notice=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return base + (base.contains("?") ? "&" : "?") + "notice=" + code + fragment;
    }

    static String loginHref(String next) {
        return "/login?next=" + URLEncoder.encode(localPath(next), StandardCharsets.UTF_8);
    }

    static int status(AccountException e) {
        return switch (e.kind()) {
            case INVALID, WRONG_CREDENTIALS -> 400;
            case CONFLICT -> 409;
            case THROTTLED -> 429;
            case BANNED, FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case BUSY -> 503;
        };
    }

    /** Sets the status (and Retry-After for a limit) of a refused request. */
    static void refuse(Context ctx, AccountException e) {
        ctx.status(status(e));
        if (e.retryAfter() != null) ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    }

    static char[] password(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? new char[0] : v.toCharArray();
    }

    static Long parseId(String s) {
        if (s == null || s.isBlank() || s.length() > 18) return null;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
