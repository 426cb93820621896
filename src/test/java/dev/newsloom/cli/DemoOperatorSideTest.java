package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.bench.TextOverlap;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.FeedTrouble;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.demo.Publisher;
import dev.newsloom.extract.LearnedBoilerplate;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.testing.Http;
import dev.newsloom.testing.MutableClock;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's operator side through the real pipeline: the newsroom as {@code newsloom demo} runs it
 * (a flaky feed, in-body promo lines) on loopback, the real application fetching it. The flaky
 * source goes through each kind of outage to ERROR with a readable reason, backs off, and is OK
 * again after; the promo lines are learned per source, shown on /source/{id} and removed.
 * The newsroom's clock is moved by hand into and out of its outages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOperatorSideTest {
    @TempDir static Path dataDir;
    static MutableClock clock;
    static NewsroomServer newsroom;
    static Application app;
    static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        // a slow answer beyond the fetcher's timeout, both shortened so the test waits seconds, not minutes
        newsroom = NewsroomServer.start(new Newsroom(7, 150), NewsroomOptions.manual().withBackfill(Duration.ofHours(14))
                .withClock(clock).withFlakyFeed(true).withSlowAnswer(Duration.ofSeconds(3)));
        app = Application.open(dataDir);
        DemoSources.subscribe(app.sources(), newsroom);
        app.prepareIngestion(FetcherConfig.defaults().withReadTimeout(Duration.ofSeconds(1)), Duration.ofHours(1));
        web = app.startWeb("127.0.0.1", 0);
        List<CompletableFuture<RefreshResult>> pending = new ArrayList<>();
        for (Source s : app.sources().all()) pending.add(app.scheduler().refreshNow(s.id()));
        for (var f : pending) assertThat(f.get(60, TimeUnit.SECONDS).error()).isNull();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (newsroom != null) newsroom.close();
    }

    @Test
    @Order(1)
    void promoLinesAreLearnedPerSourceShownAndRemovedFromLaterArticles() throws Exception {
        List<Publisher> promoting = newsroom.publishers().stream().filter(p -> p.bodyPromo() != null).toList();
        assertThat(promoting).hasSizeBetween(1, 2);
        for (Publisher p : promoting) {
            List<DemoArticle> truth = newsroom.published().stream().filter(a -> a.publisherSlug().equals(p.slug())).toList();
            assertThat(truth).hasSizeGreaterThan(LearnedBoilerplate.MIN_ARTICLES);
            assertThat(truth).allSatisfy(t -> assertThat(t.text()).doesNotContain(p.bodyPromo()));
            // the line is learned on its MIN_ARTICLES-th sighting: the articles extracted before it keep it
            List<Article> holding = new ArrayList<>();
            for (DemoArticle t : truth) {
                Article a = stored(t);
                if (a.text().contains(p.bodyPromo())) holding.add(a);
                // one sentence more than the truth still reads as the article
                assertThat(TextOverlap.of(a.text(), t.text()).f1()).as(t.path()).isGreaterThan(0.9);
            }
            assertThat(holding).as(p.name()).hasSize(LearnedBoilerplate.MIN_ARTICLES - 1);

            Source source = app.sources().findByName(p.name()).orElseThrow();
            Document page = Jsoup.parse(Http.get(site("/source/" + source.id())).body());
            Element learned = page.selectFirst("table.boilerplate");
            assertThat(learned).as("learned boilerplate of " + p.name()).isNotNull();
            assertThat(learned.select("tbody td:first-child").eachText()).contains(p.bodyPromo());
            // the other source's line is not this source's boilerplate
            for (Publisher other : promoting) {
                if (other != p) assertThat(learned.text()).doesNotContain(other.bodyPromo());
            }
        }

        Set<String> waiting = new java.util.HashSet<>(promoting.stream().map(Publisher::slug).toList());
        List<DemoArticle> later = new ArrayList<>();
        while (!waiting.isEmpty()) {
            DemoArticle next = newsroom.publishNext().orElseThrow();
            if (waiting.remove(next.publisherSlug())) later.add(next);
        }
        refresh(promoting.stream().map(p -> app.sources().findByName(p.name()).orElseThrow()).toList());
        for (DemoArticle t : later) {
            Publisher p = newsroom.newsroom().publisher(t.publisherSlug()).orElseThrow();
            Article a = stored(t);
            assertThat(a.text()).as(t.path()).doesNotContain(p.bodyPromo());
            assertThat(a.paragraphs()).as(t.path()).containsExactlyElementsOf(t.paragraphs());
        }
    }

    @Test
    @Order(2)
    void theFlakySourceFailsReadablyBacksOffAndRecoversFromEveryKindOfOutage() throws Exception {
        Publisher flaky = newsroom.flakyPublisher().orElseThrow();
        Source source = app.sources().findByName(flaky.name()).orElseThrow();
        assertThat(source.status()).isEqualTo(SourceStatus.OK);
        List<FeedTrouble.Outage> outages = newsroom.outages();
        assertThat(outages.get(0).from()).isAfter(clock.instant());
        EnumSet<FeedTrouble.Kind> seen = EnumSet.noneOf(FeedTrouble.Kind.class);
        for (FeedTrouble.Outage outage : outages.subList(0, FeedTrouble.Kind.values().length)) {
            seen.add(outage.kind());
            moveTo(outage.from().plusSeconds(5));
            // published while the feed is down: fetched once it is back
            DemoArticle meanwhile = publishUntil(flaky);

            RefreshResult first = refreshNow(source);
            Source failing = app.sources().find(source.id()).orElseThrow();
            assertThat(failing.status()).as(outage.kind().name()).isEqualTo(SourceStatus.ERROR);
            assertThat(failing.lastError()).as(outage.kind().name()).isEqualTo(first.error());
            assertThat(failing.lastError()).as(outage.kind().name()).matches(reasonOf(outage.kind()));
            assertThat(failing.failures()).isEqualTo(1);
            assertThat(Duration.between(failing.lastFetchedAt(), failing.nextFetchAt())).isGreaterThan(Duration.ofSeconds(50));
            // a 503 says when to come back (Retry-After): not before the outage ends
            // (the site keeps its own clock; the newsroom's clock is the test's, at five seconds into the outage)
            if (outage.kind() == FeedTrouble.Kind.UNAVAILABLE) assertThat(Duration.between(failing.lastFetchedAt(), failing.nextFetchAt()))
                    .isGreaterThanOrEqualTo(Duration.between(outage.from().plusSeconds(5), outage.until()).minusSeconds(2));

            if (outage.kind() == FeedTrouble.Kind.UNAVAILABLE) seeTheFailureOnThePages(failing);

            moveTo(outage.from().plusSeconds(70));
            refreshNow(source);
            Source backedOff = app.sources().find(source.id()).orElseThrow();
            assertThat(backedOff.failures()).isEqualTo(2);
            assertThat(Duration.between(backedOff.lastFetchedAt(), backedOff.nextFetchAt())).isGreaterThan(Duration.ofSeconds(100));

            moveTo(outage.until().plusSeconds(1));
            RefreshResult recovered = refreshNow(source);
            assertThat(recovered.error()).as(outage.kind().name()).isNull();
            Source ok = app.sources().find(source.id()).orElseThrow();
            assertThat(ok.status()).isEqualTo(SourceStatus.OK);
            assertThat(ok.failures()).isZero();
            assertThat(ok.lastError()).isNull();
            assertThat(stored(meanwhile).title()).isEqualTo(meanwhile.title());
        }
        assertThat(seen).containsExactlyInAnyOrder(FeedTrouble.Kind.values());

        List<FetchAttempt> history = app.sources().recentAttempts(source.id(), 50);
        assertThat(history).filteredOn(a -> a.error() != null).hasSize(2 * FeedTrouble.Kind.values().length);
        assertThat(history).extracting(FetchAttempt::httpStatus).contains(500, 503);
        Document page = Jsoup.parse(Http.get(site("/source/" + source.id())).body());
        assertThat(page.selectFirst(".status").text()).isEqualToIgnoringCase("OK");
        assertThat(page.select("table.attempts tbody tr").eachText()).anyMatch(r -> r.contains("HTTP 500"))
                .anyMatch(r -> r.contains("timed out")).anyMatch(r -> r.contains("ok"));
    }

    private static void seeTheFailureOnThePages(Source failing) {
        Document list = Jsoup.parse(Http.get(site("/sources")).body());
        Element row = list.select("tr").stream().filter(r -> r.text().contains(failing.name())).findFirst().orElseThrow();
        assertThat(row.selectFirst(".status").text()).isEqualToIgnoringCase("ERROR");
        assertThat(row.text()).contains("HTTP 503 Service Unavailable");
        Document page = Jsoup.parse(Http.get(site("/source/" + failing.id())).body());
        assertThat(page.selectFirst(".status").text()).isEqualToIgnoringCase("ERROR");
        assertThat(page.selectFirst("dd.error").text()).contains("HTTP 503 Service Unavailable");
        assertThat(page.select("table.attempts tbody tr").first().text()).contains("error").contains("503");
    }

    private static String reasonOf(FeedTrouble.Kind kind) {
        return switch (kind) {
            case SERVER_ERROR -> "HTTP 500 Internal Server Error.*";
            case UNAVAILABLE -> "HTTP 503 Service Unavailable.*";
            case MALFORMED -> "(?i).*(xml|feed|document|unexpected|end).*";
            case SLOW -> "timed out after 1 ?s fetching http.*";
        };
    }

    private static DemoArticle publishUntil(Publisher p) {
        while (true) {
            DemoArticle next = newsroom.publishNext().orElseThrow();
            if (next.publisherSlug().equals(p.slug())) return next;
        }
    }

    private static void moveTo(Instant t) {
        assertThat(t).isAfterOrEqualTo(clock.instant());
        clock.advance(Duration.between(clock.instant(), t));
    }

    private static RefreshResult refreshNow(Source s) throws Exception {
        return app.scheduler().refreshNow(s.id()).get(60, TimeUnit.SECONDS);
    }

    private static void refresh(List<Source> sources) throws Exception {
        for (Source s : sources) assertThat(refreshNow(s).error()).isNull();
    }

    private static Article stored(DemoArticle truth) {
        return app.articles().find(ArticleId.fromUrl(truth.url(newsroom.baseUri()).toString()))
                .orElseThrow(() -> new AssertionError("not ingested: " + truth.url(newsroom.baseUri())));
    }

    private static String site(String path) {
        return "http://127.0.0.1:" + web.port() + path;
    }
}
