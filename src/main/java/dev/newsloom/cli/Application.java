package dev.newsloom.cli;

import dev.newsloom.ai.AiService;
import dev.newsloom.ai.ExtractiveEngine;
import dev.newsloom.ai.GenerativeConfig;
import dev.newsloom.ai.Rewriter;
import dev.newsloom.embed.SentenceEmbedder;
import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.ingest.FeedParser;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.HttpFetcher;
import dev.newsloom.ingest.RefreshPolicy;
import dev.newsloom.ingest.Scheduler;
import dev.newsloom.ingest.SourceRefresher;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.AiCacheRepository;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.Placement;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import dev.newsloom.tags.ArticleTagger;
import dev.newsloom.tags.Tagging;
import dev.newsloom.tags.Category;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that builds the object graph; everything is passed in through constructors. */
public final class Application implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Application.class);
    /** Articles whose stories are rebuilt in memory at start-up; older ones keep their stored story. */
    private static final int RESTORED_ARTICLES = 50_000;
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final SourceRepository sources;
    private final dev.newsloom.extract.LearnedBoilerplate boilerplate;
    private final ArticleRepository articles;
    private final TagRepository tags;
    private final ArticleTagger tagger = new ArticleTagger();
    private final ArticleIndex index;
    private final SentenceEmbedder embedder;
    private final StoryRepository storyRepository;
    private final StoryEngine stories;
    private final dev.newsloom.community.Community community;
    private final AiCacheRepository aiCache;
    /** The operator's metrics, fed by every part below and scraped at /metrics. */
    private final dev.newsloom.metrics.Metrics metrics = new dev.newsloom.metrics.Metrics();
    private final dev.newsloom.store.OperatorRepository operator;
    private final List<AutoCloseable> running = new ArrayList<>();
    private Scheduler scheduler;
    private WebServer web;

    private Application(Path dataDir, dev.newsloom.store.PostgresConfig postgres, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = Database.open(dataDir, postgres);
        log.info("Store: {}", database);
        this.sources = new SourceRepository(database);
        this.boilerplate = new dev.newsloom.extract.LearnedBoilerplate(sources.boilerplate());
        this.articles = new ArticleRepository(database);
        this.tags = new TagRepository(database);
        this.community = community(database, clock);
        // the classifier learns from publishers' own sections; recall what earlier runs saw
        tags.forEachHinted(5_000, (category, a) -> tagger.learn(category, a.title(), a.text()));
        this.embedder = semanticSearchEnabled() ? new SentenceEmbedder(metrics.embeddings()) : null;
        this.index = ArticleIndex.open(dataDir.resolve("index"), embedder, metrics.searches());
        this.storyRepository = new StoryRepository(database);
        this.stories = new StoryEngine(StoryConfig.defaults(), embedder, metrics.placements());
        this.operator = new dev.newsloom.store.OperatorRepository(database);
        metrics.watch(operator, index, stories);
        this.aiCache = new AiCacheRepository(database);
        restoreStories();
        new DeletedSourcesSweep(index, sources).sweep();
        if (retagIfOutdated()) {
            reindex();
        } else if (index.count() != articles.count()) {
            // an index lost or left behind by a crash is rebuilt: the store is the truth
            log.info("Search index holds {} documents for {} stored articles; rebuilding it", index.count(), articles.count());
            reindex();
        } else if (index.analysedDifferently()) {
            log.info("Search index was written by an older release's text analysis; rebuilding it ({} articles)", articles.count());
            reindex();
        }
    }

    /**
     * Rebuilds the story engine's working memory from the store: recent articles go back into the
     * stories they were placed in, with their stored embeddings; articles stored before stories
     * existed are placed now.
     */
    private void restoreStories() {
        long start = System.nanoTime();
        int[] n = {0, 0};
        storyRepository.forEachRecent(RESTORED_ARTICLES, stored -> {
            StoryInput input = StoryInput.of(stored.article(), Long.toString(stored.article().sourceId()),
                    Category.OPINION.slug().equals(stored.category()));
            if (stored.storyId() == null) {
                StoryEngine.Prepared p = stories.prepare(input);
                Placement placed = stories.place(p);
                storyRepository.save(input.id(), placed.storyId(), placed.duplicateOf(), p.embedding(), placed.mergedStories(),
                        placed.newCopies());
                n[1]++;
            } else {
                stories.restore(stories.prepareStored(input, stored.embedding()), stored.storyId(), stored.duplicateOf());
            }
            n[0]++;
        });
        if (n[0] > 0) {
            log.info("Stories: {} articles restored ({} placed for the first time) in {} ms; {} stories", n[0], n[1],
                    (System.nanoTime() - start) / 1_000_000, stories.storyCount());
        }
    }

    /**
     * Recomputes the stored hashtags when an earlier release's tagger wrote them (their pages,
     * trending and search would otherwise keep its mistakes); categories stay as decided. Returns
     * whether any were recomputed, so the index, which holds them too, is rebuilt.
     */
    private boolean retagIfOutdated() {
        if (tags.taggedBy().filter(ArticleTagger.VERSION::equals).isPresent()) return false;
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        articles.forEach(a -> ids.add(a.id()));
        for (String id : ids) {
            articles.find(id).ifPresent(a -> {
                Tagging before = tags.find(id).orElse(null);
                Tagging after = before == null ? tagger.tag(a) : new Tagging(before.category(), before.hinted(), tagger.hashtags(a));
                tags.save(a, after);
            });
        }
        tags.recordTaggedBy(ArticleTagger.VERSION);
        if (!ids.isEmpty()) log.info("Hashtags of {} stored articles recomputed by tagger version {} in {} ms", ids.size(),
                ArticleTagger.VERSION, (System.nanoTime() - start) / 1_000_000);
        return !ids.isEmpty();
    }

    /** Rebuilds the search index from the store; returns how many articles were indexed. */
    public int reindex() {
        Map<Long, String> names = new HashMap<>();
        for (Source s : sources.all()) names.put(s.id(), s.name());
        index.clear();
        int[] n = {0};
        articles.forEach(a -> {
            IndexingArticleSink.index(index, a, names.getOrDefault(a.sourceId(), ""), tags.find(a.id()).orElse(null), null);
            n[0]++;
        });
        index.commit();
        return n[0];
    }

    /** Semantic search embeds every article (about 3 ms each); NEWSLOOM_SEMANTIC=off skips it. */
    static boolean semanticSearchEnabled() {
        String v = System.getenv("NEWSLOOM_SEMANTIC");
        return v == null || !(v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    public static Application open(Path dataDir) {
        return new Application(dataDir, null, Clock.systemUTC());
    }

    public static Application open(Path dataDir, Clock clock) {
        return new Application(dataDir, null, clock);
    }

    /** The store in PostgreSQL when {@code postgres} is given, else SQLite in the data directory; the index is always there. */
    public static Application open(Path dataDir, dev.newsloom.store.PostgresConfig postgres) {
        return new Application(dataDir, postgres, Clock.systemUTC());
    }

    /** Starts fetching every source on its schedule. */
    public Scheduler startIngestion(FetcherConfig fetcherConfig, Duration tick) {
        Scheduler s = prepareIngestion(fetcherConfig, tick);
        s.start();
        return s;
    }

    /** Builds the pipeline without starting the schedule: sources are refreshed only when asked. */
    public Scheduler prepareIngestion(FetcherConfig fetcherConfig, Duration tick) {
        HttpFetcher fetcher = new HttpFetcher(fetcherConfig);
        SourceRefresher refresher = new SourceRefresher(fetcher, new FeedParser(), new DensityExtractor(), sources,
                new IndexingArticleSink(articles, sources, tags, tagger, index, stories, storyRepository, aiCache), new RefreshPolicy(new Random()), clock,
                boilerplate, metrics.ingest());
        scheduler = new Scheduler(sources, refresher, clock, 4, tick);
        running.add(fetcher);
        running.add(refresher);
        running.add(scheduler);
        return scheduler;
    }

    public WebServer startWeb(String host, int port) {
        return startWeb(host, port, null);
    }

    /** @param metricsToken the bearer token /metrics asks for; null answers it on this machine only */
    public WebServer startWeb(String host, int port, String metricsToken) {
        dev.newsloom.web.Monitoring monitoring = new dev.newsloom.web.Monitoring(metrics.site(), metricsToken, operator, index,
                dataDir.resolve("index"), database.dialect() == dev.newsloom.store.Dialect.SQLITE ? dataDir.resolve("newsloom.db") : null,
                clock);
        AiService ai = aiFeaturesEnabled() ? new AiService(new ExtractiveEngine(embedder), aiCache, generativeEngine(), clock) : null;
        if (ai != null) running.add(ai);
        web = new WebServer(articles, sources, tags, index, storyRepository, stories, clock, community, ai, questionsPerMinute())
                .monitoredBy(monitoring).start(host, port);
        running.add(web);
        running.add(new DeletedSourcesSweep(index, sources).start());
        running.add(CommunityHousekeeping.start(community, new dev.newsloom.store.RateEventRepository(database), clock));
        return web;
    }

    /** Accounts, comments, moderation and following over the store; also used alone by {@code newsloom user}. */
    static dev.newsloom.community.Community community(Database database, Clock clock) {
        return dev.newsloom.community.Community.create(new dev.newsloom.store.UserRepository(database),
                new dev.newsloom.store.SessionRepository(database), new dev.newsloom.store.RateEventRepository(database),
                new dev.newsloom.store.CommentRepository(database), new dev.newsloom.store.ModerationRepository(database),
                new dev.newsloom.store.FollowRepository(database), new dev.newsloom.community.PasswordHasher(),
                dev.newsloom.community.CommunityConfig.defaults(), clock);
    }

    public dev.newsloom.community.Community community() {
        return community;
    }

    /** NEWSLOOM_AI=off leaves the AI panel, its pages and its API out of the site. */
    static boolean aiFeaturesEnabled() {
        String v = System.getenv("NEWSLOOM_AI");
        return v == null || !(v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    /** The optional model from NEWSLOOM_AI_URL, _MODEL, _KEY, _TIMEOUT; a wrong setting is reported and the site runs extractive. */
    static Rewriter generativeEngine() {
        try {
            return GenerativeConfig.fromEnvironment(System.getenv()).map(c -> {
                log.info("AI features: generative engine {}", c);
                return new Rewriter(c);
            }).orElse(null);
        } catch (IllegalArgumentException e) {
            log.error("AI features: the generative engine is not used: {}", e.getMessage());
            return null;
        }
    }

    /** NEWSLOOM_AI_ASK_PER_MINUTE: questions one client may ask a minute (default 10). */
    static int questionsPerMinute() {
        String v = System.getenv("NEWSLOOM_AI_ASK_PER_MINUTE");
        try {
            return v == null || v.isBlank() ? 10 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            log.error("NEWSLOOM_AI_ASK_PER_MINUTE must be a whole number; got {}; using 10", v);
            return 10;
        }
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

    public TagRepository tags() {
        return tags;
    }

    public StoryEngine stories() {
        return stories;
    }

    public StoryRepository storyRepository() {
        return storyRepository;
    }

    public AiCacheRepository aiCache() {
        return aiCache;
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
        metrics.close();
    }
}
