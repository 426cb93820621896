package dev.newsloom.metrics;

import dev.newsloom.embed.EmbeddingObserver;
import dev.newsloom.ingest.IngestObserver;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.search.SearchObserver;
import dev.newsloom.store.OperatorRepository;
import dev.newsloom.stories.PlacementObserver;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.web.SiteMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * One process's metrics registry, with the JVM and process basics bound, and the observers the
 * application hands to its parts. Each Application has its own (tests run several in one JVM).
 */
public final class Metrics implements AutoCloseable {
    /** Far above the routes the site has: a bug that put paths in the label would stop here, not fill the scraper. */
    private static final int MAX_ROUTES = 200;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final IngestMeters ingest;
    private final EngineMeters engines;
    private final HttpMeters http;

    public Metrics() {
        registry.config().meterFilter(MeterFilter.maximumAllowableTags("newsloom.http.requests", "route", MAX_ROUTES, MeterFilter.deny()));
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        ingest = new IngestMeters(registry);
        engines = new EngineMeters(registry);
        http = new HttpMeters(registry);
    }

    public IngestObserver ingest() {
        return ingest;
    }

    public PlacementObserver placements() {
        return engines;
    }

    public SearchObserver searches() {
        return engines;
    }

    public EmbeddingObserver embeddings() {
        return engines;
    }

    public SiteMetrics site() {
        return http;
    }

    /** Adds the gauges read from the store, the index and the story engine at each scrape. */
    public void watch(OperatorRepository operator, ArticleIndex index, StoryEngine stories) {
        new StoreGauges(registry, operator, index, stories);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
