package dev.newsloom.ingest;

import dev.newsloom.extract.Extractor;
import dev.newsloom.extract.LearnedBoilerplate;
import dev.newsloom.extract.PageDecoder;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.ExtractedArticle;
import dev.newsloom.model.FeedItem;
import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.ParsedFeed;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over one source: fetch the feed, parse it, fetch and extract each new item's page,
 * store the articles, and record on the source how it went. Every failure ends as a readable
 * reason on the source; nothing thrown here may stop the scheduler.
 */
public final class SourceRefresher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SourceRefresher.class);
    /** A first fetch of a huge feed must not take the whole refresh; the rest comes next time. */
    static final int MAX_NEW_ITEMS_PER_REFRESH = 100;

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final Extractor extractor;
    private final SourceStore sources;
    private final ArticleSink articles;
    private final RefreshPolicy policy;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final Clock clock;
    private final ExecutorService pageWorkers = Executors.newVirtualThreadPerTaskExecutor();
    /** Set at shutdown: a refresh stores the article in hand and leaves the rest for the next run. */
    private volatile boolean stopping;
    /** Removes what each source repeats under every article; null when not learning. */
    private final LearnedBoilerplate boilerplate;
    private final IngestObserver observer;

    public SourceRefresher(HttpFetcher fetcher, FeedParser parser, Extractor extractor, SourceStore sources,
            ArticleSink articles, RefreshPolicy policy, Clock clock) {
        this(fetcher, parser, extractor, sources, articles, policy, clock, null);
    }

    public SourceRefresher(HttpFetcher fetcher, FeedParser parser, Extractor extractor, SourceStore sources,
            ArticleSink articles, RefreshPolicy policy, Clock clock, LearnedBoilerplate boilerplate) {
        this(fetcher, parser, extractor, sources, articles, policy, clock, boilerplate, IngestObserver.NONE);
    }

    /** @param observer told how each refresh, page and article went (the operator's metrics) */
    public SourceRefresher(HttpFetcher fetcher, FeedParser parser, Extractor extractor, SourceStore sources,
            ArticleSink articles, RefreshPolicy policy, Clock clock, LearnedBoilerplate boilerplate, IngestObserver observer) {
        this.observer = observer;
        this.boilerplate = boilerplate;
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.sources = sources;
        this.articles = articles;
        this.policy = policy;
        this.clock = clock;
    }

    public RefreshResult refresh(Source source) {
        long start = System.nanoTime();
        RefreshResult result = run(source);
        observer.refreshed(result, System.nanoTime() - start);
        return result;
    }

    private RefreshResult run(Source source) {
        Instant started = clock.instant();
        String url = source.feedUrl();
        int status = 0;
        int[] answered = {0};
        try {
            FeedFetch feed = fetchFeed(source, answered);
            url = feed.feedUrl;
            status = feed.response.status();
            if (feed.response.notModified()) {
                succeed(source, feed, started, 0, false);
                return new RefreshResult(source.id(), 0, true, null);
            }
            Ingested ingested = ingestItems(source, feed.parsed);
            succeed(source, feed, started, ingested.added(), ingested.capped());
            return new RefreshResult(source.id(), ingested.added(), false, null);
        } catch (FetchException e) {
            return fail(source, url, started, e.httpStatus(), e.getMessage(), e.retryAfter());
        } catch (FeedException e) {
            // the server answered (200 with a body that is no feed): the attempt says with what status
            return fail(source, url, started, answered[0], e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(source, url, started, status, "interrupted while fetching (shutting down)");
        } catch (RuntimeException e) {
            // the reason is shown on public pages: the exception (SQL, class names) goes to the log only
            log.warn("Unexpected error refreshing source {} ({})", source.id(), url, e);
            return fail(source, url, started, status, "internal error while " + (status == 0 ? "fetching" : "storing")
                    + " this source (the server log has the details)");
        }
    }

    private record FeedFetch(String feedUrl, FetchResponse response, ParsedFeed parsed) {}

    /** Fetches and parses the feed; a URL that serves an HTML page is followed to the feed it links. */
    private FeedFetch fetchFeed(Source source, int[] answered) throws FetchException, FeedException, InterruptedException {
        URI uri = toUri(source.feedUrl());
        FetchResponse response = fetcher.fetch(uri, source.etag(), source.lastModified());
        answered[0] = response.status();
        if (response.notModified()) return new FeedFetch(source.feedUrl(), response, null);
        try {
            return new FeedFetch(source.feedUrl(), response, parser.parse(response.body(), response.contentType(), response.finalUri()));
        } catch (NotAFeedException notAFeed) {
            String html = PageDecoder.decode(response.body(), response.contentType());
            List<URI> candidates = FeedDiscovery.discover(html, response.finalUri());
            if (candidates.isEmpty()) {
                throw new FeedException("the URL serves an HTML page that links no RSS, Atom or JSON feed");
            }
            URI discovered = candidates.get(0);
            String feedUrl = FeedUrls.normalizeOrKeep(discovered.toString());
            var subscribed = sources.findSameFeed(feedUrl).filter(other -> other.id() != source.id());
            if (subscribed.isPresent()) {
                throw new FeedException("this page's feed " + feedUrl + " is already source " + subscribed.get().id() + " ("
                        + subscribed.get().name() + "); remove this one with: newsloom remove-source " + source.id());
            }
            FetchResponse feedResponse = fetcher.fetch(discovered, null, null);
            answered[0] = feedResponse.status();
            ParsedFeed parsed = parser.parse(feedResponse.body(), feedResponse.contentType(), feedResponse.finalUri());
            log.info("Source {}: {} is a page; using its feed {}", source.id(), source.feedUrl(), discovered);
            return new FeedFetch(feedUrl, feedResponse, parsed);
        }
    }

    /** @param capped more new items were waiting than one refresh takes */
    private record Ingested(int added, boolean capped) {}

    private Ingested ingestItems(Source source, ParsedFeed feed) throws InterruptedException {
        List<FeedItem> fresh = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            if (item.link() == null || item.link().isBlank()) continue;
            if (articles.contains(ArticleId.fromUrl(item.link()))) continue;
            fresh.add(item);
            if (fresh.size() > MAX_NEW_ITEMS_PER_REFRESH) break;
        }
        boolean capped = fresh.size() > MAX_NEW_ITEMS_PER_REFRESH;
        if (capped) fresh.remove(fresh.size() - 1);
        List<Future<Article>> pending = new ArrayList<>();
        for (FeedItem item : fresh) pending.add(pageWorkers.submit(() -> fetchArticle(source, item)));
        int added = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (stopping) {
                for (int j = i; j < pending.size(); j++) pending.get(j).cancel(true);
                // like a capped refresh: the feed's validators must not hide what was left behind
                return new Ingested(added, true);
            }
            try {
                Article article = pending.get(i).get();
                if (article != null) {
                    articles.accept(article, fresh.get(i).link());
                    observer.stored(article);
                    added++;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Source {}: an item failed: {}", source.id(), e.getCause().toString());
            }
        }
        return new Ingested(added, capped);
    }

    /**
     * A page that cannot be fetched still yields an article from the feed's own text, marked
     * excerpt-only when that text is short, so an item is never lost to one bad page.
     */
    private Article fetchArticle(Source source, FeedItem item) throws InterruptedException {
        ExtractedArticle page = null;
        String fetchedUrl = item.link();
        try {
            FetchResponse r = fetcher.fetch(toUri(item.link()), null, null);
            fetchedUrl = r.finalUri().toString();
            long extracting = System.nanoTime();
            page = extractor.extract(PageDecoder.decode(r.body(), r.contentType()), fetchedUrl);
            if (boilerplate != null) page = boilerplate.apply(source.id(), page, clock.instant());
            observer.pageFetched(true, System.nanoTime() - extracting);
        } catch (FetchException | IllegalArgumentException e) {
            log.info("Source {}: article page {} not fetched: {}", source.id(), item.link(), e.getMessage());
            observer.pageFetched(false, -1);
        } catch (RuntimeException e) {
            log.warn("Source {}: extraction failed on {}", source.id(), item.link(), e);
            observer.pageFetched(false, -1);
        }
        return assembler.assemble(source, item, page, fetchedUrl, clock.instant());
    }

    private void succeed(Source s, FeedFetch feed, Instant started, int added, boolean capped) {
        Instant now = clock.instant();
        FetchResponse r = feed.response;
        // a capped refresh left items behind: the next fetch must not be answered "not modified"
        String etag = capped ? null : r.notModified() ? s.etag() : r.etag();
        String lastModified = capped ? null : r.notModified() ? s.lastModified() : r.lastModified();
        sources.update(s, new Source(s.id(), s.name(), feed.feedUrl, s.siteUrl() != null ? s.siteUrl() : siteOf(feed.parsed),
                s.refreshMinutes(), SourceStatus.OK, null, 0, now, now,
                capped ? now.plusSeconds(30) : policy.nextAfterSuccess(now, s.refreshMinutes()), etag, lastModified,
                s.createdAt()));
        sources.logAttempt(new FetchAttempt(0, s.id(), feed.feedUrl, started, millisSince(started), r.status(),
                r.notModified() ? "not_modified" : "ok", added, null));
        String title = feed.parsed == null ? null : feed.parsed.title();
        if (title != null && !title.isBlank() && namedByDefault(s)) sources.nameAfterFeed(s.id(), s.name(), title.strip());
    }

    private RefreshResult fail(Source s, String url, Instant started, int httpStatus, String reason) {
        return fail(s, url, started, httpStatus, reason, null);
    }

    private RefreshResult fail(Source s, String url, Instant started, int httpStatus, String reason, String retryAfter) {
        Instant now = clock.instant();
        int failures = s.failures() + 1;
        try {
            sources.update(s, new Source(s.id(), s.name(), s.feedUrl(), s.siteUrl(), s.refreshMinutes(),
                    SourceStatus.ERROR, reason, failures, now, s.lastSuccessAt(),
                    policy.nextAfterFailure(now, failures, retryAfter), s.etag(), s.lastModified(), s.createdAt()));
            sources.logAttempt(new FetchAttempt(0, s.id(), url, started, millisSince(started), httpStatus, "error", 0, reason));
        } catch (RuntimeException e) {
            log.error("Could not record failure of source {}: {}", s.id(), reason, e);
        }
        log.info("Source {} ({}) failed: {}", s.id(), url, reason);
        return new RefreshResult(s.id(), 0, false, reason);
    }

    /** Added without a name: called by its host (add-source) or its URL (an OPML outline without a title). */
    private static boolean namedByDefault(Source s) {
        if (s.name().equals(s.feedUrl())) return true;
        try {
            String host = new URI(s.feedUrl().strip()).getHost();
            return host != null && host.equalsIgnoreCase(s.name());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private long millisSince(Instant started) {
        return Math.max(0, clock.millis() - started.toEpochMilli());
    }

    private static String siteOf(ParsedFeed feed) {
        return feed == null ? null : feed.link();
    }

    private static URI toUri(String url) throws FetchException {
        try {
            // the rules add-source applies, for URLs stored before it did (a port out of range, ftp:, javascript:)
            FeedUrls.normalize(url);
            return new URI(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(e.getMessage());
        } catch (java.net.URISyntaxException e) {
            throw new FetchException("not a valid URL: " + url);
        }
    }

    /**
     * Asks refreshes in progress to stop after the article in hand. Shutdown must not interrupt a
     * thread that is writing: an interrupt during file I/O closes the search index's channels.
     */
    public void stop() {
        stopping = true;
    }

    @Override
    public void close() {
        stopping = true;
        pageWorkers.shutdownNow();
    }
}
