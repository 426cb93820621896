package dev.newsloom.web;

import io.javalin.http.Context;

/**
 * Whole numbers from the query string (page, limit, offset). A value that is not a whole number,
 * or is below the least the parameter allows (page and limit 1, offset 0), is the visitor's
 * mistake and gets a 400 naming the parameter ({@link BadParameter}, answered by
 * {@link SiteErrors}) rather than being quietly moved into range; an empty value counts as not
 * given, so a form's blank field does no harm.
 */
final class QueryNumbers {
    private QueryNumbers() {}

    /** The parameter's value, {@code fallback} when absent or empty; below {@code min} is refused; values beyond an int are pinned to its largest. */
    static int of(Context ctx, String name, int fallback, int min) {
        long value = read(ctx, name, fallback, min);
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    /** An offset into a list: 0 or more, 0 when absent; a list of any length can be asked past its end. */
    static long offset(Context ctx) {
        return read(ctx, "offset", 0, 0);
    }

    private static long read(Context ctx, String name, long fallback, long min) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return fallback;
        String example = min == 0 ? "0" : "2";
        if (!raw.matches("[+-]?[0-9]{1,100}")) {
            throw new BadParameter(name, "The " + name + " in this address must be a whole number, such as " + example
                    + "; it was \u201c" + shorten(raw) + "\u201d.");
        }
        java.math.BigInteger value = new java.math.BigInteger(raw.startsWith("+") ? raw.substring(1) : raw);
        if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            throw new BadParameter(name, "The " + name + " in this address must be " + min + " or more, such as " + example
                    + "; it was \u201c" + shorten(raw) + "\u201d.");
        }
        return value.bitLength() < 64 ? value.longValue() : tooLarge(name, raw);
    }

    private static long tooLarge(String name, String raw) {
        if (!name.equals("offset")) return Long.MAX_VALUE; // a page or limit that large is pinned: past the end, or the most a list gives
        throw new BadParameter(name, "The offset in this address must be at most " + Long.MAX_VALUE + "; it was \u201c" + shorten(raw) + "\u201d.");
    }

    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "\u2026" : raw;
    }

    /** A query parameter that could not be read; its message is safe to show (templates escape it). */
    static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }

        /** The parameter's name, as the API's "problems" list names it. */
        String parameter() {
            return parameter;
        }
    }
}
