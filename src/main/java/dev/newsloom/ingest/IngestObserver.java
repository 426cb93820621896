package dev.newsloom.ingest;

import dev.newsloom.model.Article;

/**
 * What the pipeline tells whoever watches it (the operator's metrics), without knowing who that
 * is. Called from the refresh workers and page fetchers at once, so implementations are
 * thread-safe; they must be cheap and must not throw.
 */
public interface IngestObserver {
    IngestObserver NONE = new IngestObserver() {};

    /** One refresh of one source ended, as recorded on the source; {@code nanos} from start to end. */
    default void refreshed(RefreshResult result, long nanos) {}

    /**
     * A new item's page was asked for.
     *
     * @param extracted      false when the page could not be fetched or read: the article keeps the feed's text
     * @param extractionNanos time spent extracting the page, or -1 when there was no page to extract
     */
    default void pageFetched(boolean extracted, long extractionNanos) {}

    /** An article was handed to the sink to be stored. */
    default void stored(Article article) {}
}
