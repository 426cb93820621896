package dev.newsloom.cli;

import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.ingest.Scheduler;
import dev.newsloom.model.Source;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * End-to-end ingestion speed: the demo newsroom serves {@code count} articles over loopback HTTP;
 * a fresh store (a scratch SQLite file, or an empty PostgreSQL database) subscribes to every
 * publisher and refreshes until nothing new arrives. Everything counts: feed fetch and parse, page
 * fetch, decode, extraction, the store, Lucene.
 */
final class IngestionBench {
    record Result(int served, long stored, int refreshRounds, double seconds, double articlesPerSecond, int indexed) {}

    private IngestionBench() {}

    static Result run(Path dataDir, dev.newsloom.store.PostgresConfig postgres, long seed, int count, int perHost) throws Exception {
        Newsroom world = new Newsroom(seed, count);
        // a backfill longer than the whole world publishes every article at once; feeds list them all
        NewsroomOptions options = new NewsroomOptions(0, Duration.ofDays(365L * 200), null, Clock.systemUTC(), count);
        try (NewsroomServer newsroom = NewsroomServer.start(world, options);
                Application app = Application.open(dataDir, postgres)) {
            if (!app.sources().all().isEmpty()) {
                throw new IllegalStateException("bench ingest needs an empty store; " + postgres + " already has sources");
            }
            DemoSources.subscribe(app.sources(), newsroom);
            FetcherConfig d = FetcherConfig.defaults();
            // every demo publisher lives on one loopback host, so the per-host politeness limit caps the whole run
            FetcherConfig config = new FetcherConfig(d.connectTimeout(), d.readTimeout(), d.maxBodyBytes(), d.maxRedirects(),
                    d.maxConcurrency(), perHost, d.userAgent());
            Scheduler scheduler = app.prepareIngestion(config, Duration.ofHours(1));
            long start = System.nanoTime();
            int rounds = refreshUntilNothingNew(app, scheduler);
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = app.articles().count();
            return new Result(newsroom.published().size(), stored, rounds, seconds, stored / seconds, app.index().count());
        }
    }

    /** Refreshes every source until a round brings nothing new; the number of rounds. */
    static int refreshUntilNothingNew(Application app, Scheduler scheduler) throws Exception {
        int rounds = 0;
        int added;
        do {
            rounds++;
            List<CompletableFuture<RefreshResult>> pending = new ArrayList<>();
            for (Source s : app.sources().all()) pending.add(scheduler.refreshNow(s.id()));
            added = 0;
            for (var f : pending) {
                RefreshResult r = f.get();
                if (r.error() != null) throw new IllegalStateException("source " + r.sourceId() + " failed: " + r.error());
                added += r.newArticles();
            }
        } while (added > 0);
        app.index().commit();
        return rounds;
    }
}
