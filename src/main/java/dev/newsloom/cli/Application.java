package dev.newsloom.cli;

import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.ingest.FeedParser;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.HttpFetcher;
import dev.newsloom.ingest.RefreshPolicy;
import dev.newsloom.ingest.Scheduler;
import dev.newsloom.ingest.SourceRefresher;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The one place that builds the object graph; everything is passed in through constructors. */
public final class Application implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final ArticleIndex index;
    private final List<AutoCloseable> running = new ArrayList<>();
    private Scheduler scheduler;
    private WebServer web;

    private Application(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = Database.openSqlite(dataDir);
        this.sources = new SourceRepository(database);
        this.articles = new ArticleRepository(database);
        this.index = ArticleIndex.open(dataDir.resolve("index"));
    }

    public static Application open(Path dataDir) {
        return new Application(dataDir, Clock.systemUTC());
    }

    public static Application open(Path dataDir, Clock clock) {
        return new Application(dataDir, clock);
    }

    /** Starts fetching every source on its schedule. */
    public Scheduler startIngestion(FetcherConfig fetcherConfig, Duration tick) {
        HttpFetcher fetcher = new HttpFetcher(fetcherConfig);
        SourceRefresher refresher = new SourceRefresher(fetcher, new FeedParser(), new DensityExtractor(), sources,
                new IndexingArticleSink(articles, sources, index), new RefreshPolicy(new Random()), clock);
        scheduler = new Scheduler(sources, refresher, clock, 4, tick);
        running.add(fetcher);
        running.add(refresher);
        running.add(scheduler);
        scheduler.start();
        return scheduler;
    }

    public WebServer startWeb(String host, int port) {
        web = new WebServer(articles, sources, clock).start(host, port);
        running.add(web);
        return web;
    }

    public Path dataDir() {
        return dataDir;
    }

    public SourceRepository sources() {
        return sources;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public ArticleIndex index() {
        return index;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        // reverse start order: the web and the scheduler stop before what they use
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception ignored) {
                // closing the rest matters more than one failure on the way out
            }
        }
        index.close();
        database.close();
    }
}
