package dev.newsloom.web;

import io.javalin.http.Context;

/**
 * Whole numbers from the query string (page, limit, offset). A value that is not a whole number
 * is the visitor's mistake and gets a 400 naming the parameter ({@link BadParameter}, answered by
 * {@link SiteErrors}); an empty value counts as not given, so a form's blank field does no harm.
 */
final class QueryNumbers {
    private QueryNumbers() {}

    /** The parameter's value, {@code fallback} when absent or empty; values beyond an int are pinned to its range. */
    static int of(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return fallback;
        if (!raw.matches("[+-]?[0-9]{1,100}")) {
            throw new BadParameter("The " + name + " in this address must be a whole number, such as "
                    + (name.equals("offset") ? "0" : "2") + "; it was \u201c" + shorten(raw) + "\u201d.");
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return raw.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "\u2026" : raw;
    }

    /** A query parameter that could not be read; its message is safe to show (templates escape it). */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }
}
