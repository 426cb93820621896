package dev.newsloom.web;

import dev.newsloom.model.Source;
import java.time.Instant;

/** A source with its health, as the operator reads it. */
public record SourceRow(long id, String name, String href, String feedUrl, String siteUrl, String status,
        String lastError, int failures, String lastFetched, String lastSuccess, String nextFetch, long articles) {

    static SourceRow of(Source s, long articles, Instant now) {
        return new SourceRow(s.id(), s.name(), Paths.source(s.id()), SafeUrl.httpOrNull(s.feedUrl()),
                SafeUrl.httpOrNull(s.siteUrl()), s.status().name().toLowerCase(java.util.Locale.ROOT),
                dev.newsloom.ingest.FailureReasons.shown(s.lastError()),
                s.failures(), RelativeTime.format(s.lastFetchedAt(), now), RelativeTime.format(s.lastSuccessAt(), now),
                s.nextFetchAt() == null ? "" : RelativeTime.absolute(s.nextFetchAt()), articles);
    }
}
