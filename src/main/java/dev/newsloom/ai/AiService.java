package dev.newsloom.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AI features as the site serves them: each result is computed once, in the background, and
 * kept in the cache until its articles change; callers get a future that is already complete
 * when the result is cached, so a page never waits. With a generative engine configured, the
 * extractive result is stored and shown first, and the rewritten text replaces it when (and if)
 * the model delivers text that passes the checks.
 */
public final class AiService implements AutoCloseable {
    public static final String ARTICLE_SUMMARY = "article.summary", ARTICLE_WHOS_WHO = "article.whoswho",
            STORY_BRIEF = "story.brief", STORY_WHOS_WHO = "story.whoswho", STORY_TIMELINE = "story.timeline",
            STORY_COMPARE = "story.compare";
    public static final String EXTRACTIVE = "extractive";
    static final String PENDING = "the generative engine has not answered yet";
    /** A rewrite that failed is tried again this much later; one still pending after a restart, sooner. */
    static final Duration RETRY_FAILED = Duration.ofMinutes(30), RETRY_PENDING = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(AiService.class);
    private static final int ANSWERS_KEPT = 512;

    /**
     * A result as served.
     *
     * @param engine "extractive" or "generative:&lt;model&gt;"
     * @param note   why the generative engine's text is not shown (pending, or its failure), or null
     */
    public record Computed<T>(T value, String engine, String note, Instant computedAt) {
        /** To the millisecond, as the store keeps it: a result just computed and the same result read back say the same time. */
        public Computed {
            if (computedAt != null) computedAt = computedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
    }

    @FunctionalInterface
    interface Rewrite<T> {
        T apply(T extractive) throws GenerativeException;
    }

    private final ExtractiveEngine engine;
    private final AiCache cache;
    private final Rewriter rewriter;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ThreadPoolExecutor extractive = pool("ai-extractive", 1, 256);
    private final ThreadPoolExecutor generative = pool("ai-generative", 2, 256);
    private final ThreadPoolExecutor asking = pool("ai-ask", 2, 64);
    private final Map<String, CompletableFuture<?>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> rewriting = ConcurrentHashMap.newKeySet();
    private final Map<String, Computed<Answer>> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Computed<Answer>> eldest) {
            return size() > ANSWERS_KEPT;
        }
    };

    /** @param rewriter the generative engine, or null for extractive results only */
    public AiService(ExtractiveEngine engine, AiCache cache, Rewriter rewriter, Clock clock) {
        this.engine = engine;
        this.cache = cache;
        this.rewriter = rewriter;
        this.clock = clock;
    }

    public boolean generative() {
        return rewriter != null;
    }

    public CompletableFuture<Computed<ArticleSummary>> summary(AiDocument doc) {
        return get(doc.id(), ARTICLE_SUMMARY, List.of(doc), ArticleSummary.class, () -> engine.summary(doc),
                rewriter == null ? null : rewriter::summary);
    }

    /** @param subjectId the article's id for an article's names, the story's for a story's */
    public CompletableFuture<Computed<WhosWho>> whosWho(String subjectId, boolean story, List<AiDocument> docs) {
        return get(subjectId, story ? STORY_WHOS_WHO : ARTICLE_WHOS_WHO, docs, WhosWho.class, () -> engine.whosWho(docs), null);
    }

    public CompletableFuture<Computed<StoryBrief>> brief(String storyId, List<AiDocument> docs) {
        return get(storyId, STORY_BRIEF, docs, StoryBrief.class, () -> engine.brief(docs), rewriter == null ? null : rewriter::brief);
    }

    public CompletableFuture<Computed<Timeline>> timeline(String storyId, List<AiDocument> docs) {
        return get(storyId, STORY_TIMELINE, docs, Timeline.class, () -> engine.timeline(docs), null);
    }

    public CompletableFuture<Computed<Coverage>> compare(String storyId, List<AiDocument> docs) {
        return get(storyId, STORY_COMPARE, docs, Coverage.class, () -> engine.compare(docs), null);
    }

    /**
     * Answers from the articles (and, trusted less, related ones). Answers are kept in memory by
     * question and articles, so asking again is instant. The future fails with
     * {@link RejectedExecutionException} when too many questions are waiting.
     */
    public CompletableFuture<Computed<Answer>> ask(List<AiDocument> docs, List<AiDocument> related, String question) {
        String key = AiDocument.version(docs) + "|" + AiDocument.version(related) + "|"
                + question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        synchronized (answers) {
            Computed<Answer> known = answers.get(key);
            if (known != null) return CompletableFuture.completedFuture(known);
        }
        return CompletableFuture.supplyAsync(() -> {
            Answer a = engine.ask(docs, related, question);
            String engineName = EXTRACTIVE, note = null;
            if (rewriter != null && a.answered()) {
                try {
                    a = rewriter.answer(a);
                    engineName = rewriter.engineName();
                } catch (GenerativeException e) {
                    note = "generative engine failed: " + e.getMessage();
                    log.warn("Generative engine: no rewrite of an answer ({})", e.getMessage());
                }
            }
            Computed<Answer> c = new Computed<>(a, engineName, note, clock.instant());
            synchronized (answers) {
                answers.put(key, c);
            }
            return c;
        }, asking);
    }

    private <T> CompletableFuture<Computed<T>> get(String subject, String feature, List<AiDocument> docs, Class<T> type,
            Supplier<T> compute, Rewrite<T> rewrite) {
        String version = AiDocument.version(docs) + (rewrite == null ? "" : "|" + rewriter.engineName());
        Optional<AiCache.Entry> stored = cache.find(subject, feature);
        if (stored.isPresent() && stored.get().version().equals(version)) {
            AiCache.Entry e = stored.get();
            T value = decode(e.body(), type);
            if (value != null) {
                if (rewrite != null && e.engine().equals(EXTRACTIVE) && dueForRetry(e)) {
                    rewriteLater(subject, feature, version, value, rewrite);
                }
                return CompletableFuture.completedFuture(new Computed<>(value, e.engine(), e.note(), e.computedAt()));
            }
        }
        String key = subject + "|" + feature + "|" + version;
        CompletableFuture<Computed<T>> fresh = new CompletableFuture<>();
        @SuppressWarnings("unchecked")
        CompletableFuture<Computed<T>> running = (CompletableFuture<Computed<T>>) inFlight.putIfAbsent(key, fresh);
        if (running != null) return running;
        try {
            extractive.execute(() -> {
                try {
                    T value = compute.get();
                    Instant now = clock.instant();
                    String note = rewrite == null ? null : PENDING;
                    save(subject, feature, version, EXTRACTIVE, note, value, now);
                    fresh.complete(new Computed<>(value, EXTRACTIVE, note, now));
                    if (rewrite != null) rewriteLater(subject, feature, version, value, rewrite);
                } catch (RuntimeException e) {
                    log.error("AI feature {} of {} failed", feature, subject, e);
                    fresh.completeExceptionally(e);
                } finally {
                    inFlight.remove(key, fresh);
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.remove(key, fresh);
            fresh.completeExceptionally(e);
        }
        return fresh;
    }

    private <T> void rewriteLater(String subject, String feature, String version, T value, Rewrite<T> rewrite) {
        String key = subject + "|" + feature + "|" + version;
        if (!rewriting.add(key)) return;
        try {
            generative.execute(() -> {
                try {
                    T text = rewrite.apply(value);
                    save(subject, feature, version, rewriter.engineName(), null, text, clock.instant());
                } catch (GenerativeException | RuntimeException e) {
                    log.warn("Generative engine: {} of {} stays extractive ({})", feature, subject, e.getMessage());
                    save(subject, feature, version, EXTRACTIVE, "generative engine failed: " + e.getMessage(), value, clock.instant());
                } finally {
                    rewriting.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            rewriting.remove(key); // stays pending; tried again on a later request
        }
    }

    private boolean dueForRetry(AiCache.Entry e) {
        if (e.note() == null) return false;
        Duration wait = e.note().equals(PENDING) ? RETRY_PENDING : RETRY_FAILED;
        return e.computedAt().plus(wait).isBefore(clock.instant());
    }

    private void save(String subject, String feature, String version, String engineName, String note, Object value, Instant at) {
        try {
            cache.save(subject, feature, new AiCache.Entry(version, engineName, note, json.writeValueAsString(value), at));
        } catch (Exception e) {
            log.warn("AI cache: {} of {} not stored ({})", feature, subject, e.toString());
        }
    }

    private <T> T decode(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (Exception e) {
            return null; // written by an older version: computed again
        }
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    @Override
    public void close() {
        extractive.shutdownNow();
        generative.shutdownNow();
        asking.shutdownNow();
        // a job under way writes its result to the store: let it end before the store closes
        try {
            for (var pool : java.util.List.of(extractive, generative, asking)) pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
