package dev.newsloom.model;

import java.time.Instant;

/**
 * One fetch of a source's feed, kept for the operator's ingestion-health view.
 *
 * @param httpStatus 0 when no HTTP response arrived (timeout, refused connection)
 * @param outcome    "ok", "not_modified" or "error"
 */
public record FetchAttempt(
        long id,
        long sourceId,
        String url,
        Instant startedAt,
        long durationMillis,
        int httpStatus,
        String outcome,
        int newArticles,
        String error) {}
