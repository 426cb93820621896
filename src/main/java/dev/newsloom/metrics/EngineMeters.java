package dev.newsloom.metrics;

import dev.newsloom.embed.EmbeddingObserver;
import dev.newsloom.search.SearchObserver;
import dev.newsloom.stories.Placement;
import dev.newsloom.stories.PlacementObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The engines behind the pages: story placement, search and the embedding model. */
final class EngineMeters implements PlacementObserver, SearchObserver, EmbeddingObserver {
    private final Timer placement, embedding;
    private final Counter duplicates, embeddedTexts;
    private final Map<SearchObserver.Kind, Timer> searches = new EnumMap<>(SearchObserver.Kind.class);

    EngineMeters(MeterRegistry registry) {
        placement = Timer.builder("newsloom.story.placement")
                .description("Time to decide an article's story (and whether it copies another)")
                .serviceLevelObjectives(Buckets.PLACEMENT).register(registry);
        duplicates = Counter.builder("newsloom.articles.duplicates")
                .description("Articles folded as a copy of another publisher's article (wire copies)").register(registry);
        embedding = Timer.builder("newsloom.embedding")
                .description("Runs of the sentence-embedding model (one text, or a batch)")
                .serviceLevelObjectives(Buckets.PLACEMENT).register(registry);
        embeddedTexts = Counter.builder("newsloom.embedding.texts")
                .description("Texts embedded by the sentence-embedding model").register(registry);
        for (SearchObserver.Kind k : SearchObserver.Kind.values()) {
            searches.put(k, Timer.builder("newsloom.search")
                    .description("Queries the search index answered, by kind (search, suggest), and their time")
                    .tag("kind", k.name().toLowerCase(Locale.ROOT)).serviceLevelObjectives(Buckets.QUERY).register(registry));
        }
    }

    @Override
    public void placed(Placement p, long nanos) {
        placement.record(nanos, TimeUnit.NANOSECONDS);
        // either way one more article is a copy: the newcomer, or the one it turned out to precede
        if (p.duplicateOf() != null || !p.newCopies().isEmpty()) duplicates.increment();
    }

    @Override
    public void searched(SearchObserver.Kind kind, long nanos) {
        searches.get(kind).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void embedded(int texts, long nanos) {
        embedding.record(nanos, TimeUnit.NANOSECONDS);
        embeddedTexts.increment(texts);
    }
}
