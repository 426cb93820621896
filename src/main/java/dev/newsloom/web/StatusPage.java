package dev.newsloom.web;

import java.util.List;

/**
 * What the operator's status page shows.
 *
 * @param databaseSize the SQLite file's size, or null when the store is in PostgreSQL
 */
public record StatusPage(String generatedAt, long articlesLastHour, long articlesLastDay, long refreshesLastHour,
        long refreshErrorsLastHour, long sourcesInError, List<Count> sources, List<Slow> slowestSources, List<Count> storeRows,
        long indexDocuments, String indexSize, String databaseSize) {

    public record Count(String label, long count) {}

    /** A source's feed fetches over the last day. */
    public record Slow(String name, String href, long attempts, long meanMillis, long maxMillis) {}
}
