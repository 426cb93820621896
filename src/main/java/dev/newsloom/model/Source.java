package dev.newsloom.model;

import java.time.Instant;

/**
 * A publisher's feed we subscribe to, with the state the scheduler keeps for it.
 *
 * @param refreshMinutes the regular interval between fetches
 * @param failures       consecutive failures, drives the exponential back-off
 */
public record Source(
        long id,
        String name,
        String feedUrl,
        String siteUrl,
        int refreshMinutes,
        SourceStatus status,
        String lastError,
        int failures,
        Instant lastFetchedAt,
        Instant lastSuccessAt,
        Instant nextFetchAt,
        String etag,
        String lastModified,
        Instant createdAt) {

    public static final int DEFAULT_REFRESH_MINUTES = 10;

    public Source withName(String newName) {
        return new Source(id, newName, feedUrl, siteUrl, refreshMinutes, status, lastError, failures,
                lastFetchedAt, lastSuccessAt, nextFetchAt, etag, lastModified, createdAt);
    }
}
