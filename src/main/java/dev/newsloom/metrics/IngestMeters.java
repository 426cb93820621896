package dev.newsloom.metrics;

import dev.newsloom.ingest.IngestObserver;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Article;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Feed refreshes by outcome, article pages fetched and extracted, articles stored. */
final class IngestMeters implements IngestObserver {
    private final Timer refreshOk, refreshNotModified, refreshError, extraction;
    private final Counter fetched, extracted, excerptOnly, stored;

    IngestMeters(MeterRegistry registry) {
        refreshOk = refresh(registry, "ok");
        refreshNotModified = refresh(registry, "not_modified");
        refreshError = refresh(registry, "error");
        extraction = Timer.builder("newsloom.extraction")
                .description("Time to extract one fetched article page (clean text, title, byline, date, image)")
                .serviceLevelObjectives(Buckets.PAGE).register(registry);
        fetched = Counter.builder("newsloom.articles.fetched")
                .description("Article pages requested for new feed items").register(registry);
        extracted = Counter.builder("newsloom.articles.extracted")
                .description("Article pages fetched and extracted (the rest keep the feed's text)").register(registry);
        excerptOnly = Counter.builder("newsloom.articles.excerpt.only")
                .description("Articles stored with only a short text from the feed, their page unreadable or too thin")
                .register(registry);
        stored = Counter.builder("newsloom.articles.stored")
                .description("Articles stored by the pipeline (new ones, and ones replaced by a newer version)").register(registry);
    }

    private static Timer refresh(MeterRegistry registry, String outcome) {
        return Timer.builder("newsloom.feed.refresh")
                .description("Feed refreshes by outcome (ok, not_modified, error) and the time each took, pages and storing included")
                .tag("outcome", outcome).serviceLevelObjectives(Buckets.REFRESH).register(registry);
    }

    @Override
    public void refreshed(RefreshResult result, long nanos) {
        Timer t = !result.ok() ? refreshError : result.notModified() ? refreshNotModified : refreshOk;
        t.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void pageFetched(boolean wasExtracted, long extractionNanos) {
        fetched.increment();
        if (wasExtracted) extracted.increment();
        if (extractionNanos >= 0) extraction.record(extractionNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void stored(Article article) {
        stored.increment();
        if (article.excerptOnly()) excerptOnly.increment();
    }
}
