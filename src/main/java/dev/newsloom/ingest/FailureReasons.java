package dev.newsloom.ingest;

import java.util.regex.Pattern;

/**
 * A source's last error is shown on public pages and in {@code newsloom sources}. Reasons written
 * by earlier releases could hold a whole exception (SQL statement, class names); they are shown
 * as one short line instead, the detail being in that server's log.
 */
public final class FailureReasons {
    private FailureReasons() {}

    private static final Pattern INTERNAL = Pattern.compile(
            "(?s).*(\\b(java|javax|org|com|dev)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*(Exception|Error)\\b|SQLITE_|\\[statement:|SQLState).*");

    public static final String INTERNAL_ERROR = "internal error (the server log has the details)";

    /** The reason as a visitor may read it; null stays null. */
    public static String shown(String reason) {
        if (reason == null) return null;
        return INTERNAL.matcher(reason).matches() ? INTERNAL_ERROR : reason;
    }
}
