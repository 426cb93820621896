package dev.newsloom.metrics;

import dev.newsloom.model.SourceStatus;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.OperatorRepository;
import dev.newsloom.stories.StoryEngine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sizes read when scraped: store rows per table, sources by status, the index's documents and the
 * stories open. The store is asked once per scrape, not once per gauge: its answers are kept for
 * a few seconds.
 */
final class StoreGauges {
    private static final long FRESH_NANOS = 5_000_000_000L;

    private final Cached<Map<String, Long>> rows;
    private final Cached<Map<SourceStatus, Long>> sources;

    StoreGauges(MeterRegistry registry, OperatorRepository operator, ArticleIndex index, StoryEngine stories) {
        rows = new Cached<>(operator::rowCounts);
        sources = new Cached<>(operator::sourcesByStatus);
        for (String table : OperatorRepository.COUNTED_TABLES) {
            Gauge.builder("newsloom.store.rows", () -> value(rows.get(), table))
                    .description("Rows in the store's tables").tag("table", table).register(registry);
        }
        for (SourceStatus s : SourceStatus.values()) {
            Gauge.builder("newsloom.sources", () -> value(sources.get(), s))
                    .description("Sources by their health as last observed (new, ok, error, paused)")
                    .tag("status", s.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("newsloom.index.documents", index::count)
                .description("Documents in the search index (one per stored article when it is in step)").register(registry);
        Gauge.builder("newsloom.stories.open", stories::storyCount)
                .description("Stories in the story engine's working memory, which new articles can join").register(registry);
    }

    private static <K> Double value(Map<K, Long> counts, K key) {
        Long v = counts == null ? null : counts.get(key);
        return v == null ? Double.NaN : v.doubleValue();
    }

    /** The last answer, asked again once it is a few seconds old; null while the store cannot answer. */
    private static final class Cached<T> {
        private final Supplier<T> source;
        private T value;
        private long at;

        Cached(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - at > FRESH_NANOS) {
                try {
                    value = source.get();
                    at = now;
                } catch (RuntimeException e) {
                    value = null; // a scrape during shutdown or a store hiccup: NaN, not a failed scrape
                }
            }
            return value;
        }
    }
}
