package dev.newsloom.ingest;

import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes every source when it is due. A tick looks for due sources; each is refreshed on a
 * worker, at most once at a time, so a slow publisher never delays the others.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final SourceStore sources;
    private final SourceRefresher refresher;
    private final Clock clock;
    private final Duration tick;
    private final ScheduledExecutorService ticker;
    private final ExecutorService workers;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    public Scheduler(SourceStore sources, SourceRefresher refresher, Clock clock, int parallelSources, Duration tick) {
        this.sources = sources;
        this.refresher = refresher;
        this.clock = clock;
        this.tick = tick;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "scheduler-tick"));
        this.workers = Executors.newFixedThreadPool(parallelSources, r -> daemon(r, "source-refresh"));
    }

    public void start() {
        ticker.scheduleWithFixedDelay(this::runDueSafely, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Refreshes one source now, whatever its schedule; completes with the result. */
    public CompletableFuture<RefreshResult> refreshNow(long sourceId) {
        Optional<Source> source = sources.find(sourceId);
        if (source.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no source " + sourceId));
        }
        return submit(source.get());
    }

    private void runDueSafely() {
        try {
            Instant now = clock.instant();
            for (Source s : sources.all()) {
                if (!fetched(s) || inFlight.contains(s.id())) continue;
                if (s.nextFetchAt() == null || !s.nextFetchAt().isAfter(now)) submit(s);
            }
        } catch (RuntimeException e) {
            // the tick must survive a store hiccup, or ingestion stops for good
            log.error("Scheduler tick failed", e);
        }
    }

    private CompletableFuture<RefreshResult> submit(Source s) {
        if (!inFlight.add(s.id())) {
            return CompletableFuture.completedFuture(new RefreshResult(s.id(), 0, false, "already refreshing"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                // re-read: the operator may have paused, removed or deleted it since the tick listed it
                Optional<Source> now = sources.find(s.id());
                if (now.isEmpty() || !fetched(now.get())) {
                    return new RefreshResult(s.id(), 0, false, now.isEmpty() ? "no such source" : "source is " + now.get().status());
                }
                return refresher.refresh(now.get());
            } finally {
                inFlight.remove(s.id());
            }
        }, workers);
    }

    /** Paused and removed sources are left alone. */
    private static boolean fetched(Source s) {
        return s.status() != SourceStatus.PAUSED && s.status() != SourceStatus.REMOVED;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        refresher.stop();
        workers.shutdown();
        try {
            // refreshes finish the article in hand; interrupting them mid-write would break the index
            if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
