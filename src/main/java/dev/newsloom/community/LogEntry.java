package dev.newsloom.community;

import java.time.Instant;

/** One moderation action: who did what, when, to which comment or account, and why. */
public record LogEntry(long id, Instant at, String moderator, String action, Long commentId, String userName, String detail) {}
