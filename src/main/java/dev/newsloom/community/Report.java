package dev.newsloom.community;

import java.time.Instant;

/** A reader's report of a comment. */
public record Report(long commentId, String reporterName, String reason, Instant at) {
    /** The reasons a reader can pick; anything else is stored as "other". */
    public static final java.util.List<String> REASONS = java.util.List.of("spam", "abuse", "off-topic", "other");
}
