package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.testing.Http;
import dev.newsloom.testing.PrometheusText;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's metrics after real refreshes of the demo newsroom over loopback, one of its
 * feeds broken: what /metrics and /status say is what the store, the index and the engines hold.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsEndToEndTest {
    @TempDir static Path dataDir;
    static NewsroomServer newsroom;
    static Application app;
    static WebServer web;
    static int publishers;
    static List<RefreshResult> firstRefresh;

    @BeforeAll
    static void ingestTheNewsroomAndABrokenFeed() throws Exception {
        newsroom = NewsroomServer.start(new Newsroom(5), NewsroomOptions.manual().withBackfill(Duration.ofHours(12)).withFeedSize(100));
        app = Application.open(dataDir);
        publishers = DemoSources.subscribe(app.sources(), newsroom);
        app.sources().add("Gone Gazette", newsroom.baseUri().resolve("/gone-gazette/feed.xml").toString(), null);
        app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));
        firstRefresh = refreshAll();
        web = app.startWeb("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (newsroom != null) newsroom.close();
    }

    static List<RefreshResult> refreshAll() throws Exception {
        List<CompletableFuture<RefreshResult>> pending = new ArrayList<>();
        for (Source s : app.sources().all()) pending.add(app.scheduler().refreshNow(s.id()));
        List<RefreshResult> results = new ArrayList<>();
        for (var f : pending) results.add(f.get(60, TimeUnit.SECONDS));
        return results;
    }

    static String base() {
        return "http://127.0.0.1:" + web.port();
    }

    static PrometheusText scrape() {
        var r = Http.get(base() + "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        return PrometheusText.parse(r.body());
    }

    @Test
    @Order(1)
    void theCountersSayWhatTheRefreshDid() {
        List<DemoArticle> truth = newsroom.published();
        assertThat(firstRefresh).filteredOn(r -> !r.ok()).hasSize(1);
        long stored = app.articles().count();
        assertThat(stored).isEqualTo(truth.size()).isGreaterThan(20);
        List<String> ids = new ArrayList<>();
        app.articles().forEach(a -> ids.add(a.id()));
        long excerptOnly = truth.stream().filter(DemoArticle::excerptOnly).count();
        int copies = app.storyRepository().duplicatesOf(ids).size();

        PrometheusText m = scrape();
        assertThat(m.sum("newsloom_articles_stored_total")).isEqualTo(stored);
        assertThat(m.sum("newsloom_articles_fetched_total")).isEqualTo(stored);
        assertThat(m.sum("newsloom_articles_excerpt_only_total")).isEqualTo(excerptOnly);
        double extracted = m.sum("newsloom_articles_extracted_total");
        assertThat(extracted).isBetween((double) stored - excerptOnly, (double) stored);
        assertThat(m.sum("newsloom_extraction_seconds_count")).isEqualTo(extracted);
        assertThat(m.sum("newsloom_articles_duplicates_total")).isEqualTo(copies).isPositive();
        assertThat(m.sum("newsloom_story_placement_seconds_count")).isEqualTo(stored);

        assertThat(m.sum("newsloom_feed_refresh_seconds_count", "outcome", "ok")).isEqualTo(publishers);
        assertThat(m.sum("newsloom_feed_refresh_seconds_count", "outcome", "error")).isEqualTo(1);
        assertThat(m.sum("newsloom_feed_refresh_seconds_count", "outcome", "not_modified")).isZero();
        assertThat(m.sum("newsloom_feed_refresh_seconds_bucket", "outcome", "ok", "le", "+Inf")).isEqualTo(publishers);
        assertThat(m.sum("newsloom_feed_refresh_seconds_sum", "outcome", "ok")).isPositive();
        assertThat(m.type("newsloom_feed_refresh_seconds")).isEqualTo("histogram");
        assertThat(m.help("newsloom_articles_stored_total")).isNotBlank();

        assertThat(m.sum("newsloom_store_rows", "table", "articles")).isEqualTo(stored);
        assertThat(m.sum("newsloom_store_rows", "table", "sources")).isEqualTo(publishers + 1);
        assertThat(m.sum("newsloom_sources", "status", "ok")).isEqualTo(publishers);
        assertThat(m.sum("newsloom_sources", "status", "error")).isEqualTo(1);
        assertThat(m.sum("newsloom_index_documents")).isEqualTo(app.index().count()).isEqualTo(stored);
        assertThat(m.sum("newsloom_stories_open")).isEqualTo(app.stories().storyCount()).isPositive();
        if (Application.semanticSearchEnabled()) {
            assertThat(m.sum("newsloom_embedding_texts_total")).isGreaterThanOrEqualTo(stored);
            assertThat(m.sum("newsloom_embedding_seconds_count")).isPositive();
        }
        // Micrometer's JVM and process binders
        assertThat(m.sum("jvm_memory_used_bytes", "area", "heap")).isPositive();
        assertThat(m.sum("process_uptime_seconds")).isPositive();
        assertThat(m.sum("jvm_threads_live_threads")).isPositive();
    }

    @Test
    @Order(2)
    void aSecondRefreshWithNothingNewIsCountedNotModifiedAndTheBrokenFeedAgainAsAnError() throws Exception {
        List<RefreshResult> again = refreshAll();
        assertThat(again).filteredOn(RefreshResult::notModified).hasSize(publishers);
        PrometheusText m = scrape();
        assertThat(m.sum("newsloom_feed_refresh_seconds_count", "outcome", "not_modified")).isEqualTo(publishers);
        assertThat(m.sum("newsloom_feed_refresh_seconds_count", "outcome", "error")).isEqualTo(2);
        assertThat(m.sum("newsloom_articles_stored_total")).isEqualTo(app.articles().count());
    }

    @Test
    @Order(3)
    void requestsAreCountedByRouteTemplateNeverByAddress() {
        Article a = app.articles().newest(1, 0).get(0);
        String word = a.title().split(" ")[0];
        assertThat(Http.get(base() + "/en/article/" + a.id()).statusCode()).isEqualTo(200);
        assertThat(Http.get(base() + "/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(Http.get(base() + "/api/v1/suggest?q=" + word.substring(0, 2)).statusCode()).isEqualTo(200);
        assertThat(Http.get(base() + "/en/article/" + "f".repeat(32)).statusCode()).isEqualTo(404);
        assertThat(Http.get(base() + "/no/such/" + a.id()).statusCode()).isEqualTo(404);
        assertThat(Http.get(base() + "/static/style.css").statusCode()).isEqualTo(200);

        String body = Http.get(base() + "/metrics").body();
        PrometheusText m = PrometheusText.parse(body);
        assertThat(m.sum("newsloom_http_requests_seconds_count", "method", "GET", "route", "/{lang}/article/{id}", "status", "2xx"))
                .isGreaterThanOrEqualTo(1);
        assertThat(m.sum("newsloom_http_requests_seconds_count", "route", "/{lang}/article/{id}", "status", "4xx")).isEqualTo(1);
        assertThat(m.sum("newsloom_http_requests_seconds_count", "route", "/search", "status", "2xx")).isEqualTo(1);
        assertThat(m.sum("newsloom_http_requests_seconds_count", "route", "unmatched", "status", "4xx")).isEqualTo(1);
        assertThat(m.sum("newsloom_http_requests_seconds_count", "route", "static", "status", "2xx")).isEqualTo(1);
        assertThat(m.sum("newsloom_search_seconds_count", "kind", "search")).isGreaterThanOrEqualTo(1);
        assertThat(m.sum("newsloom_search_seconds_count", "kind", "suggest")).isGreaterThanOrEqualTo(1);
        // bounded labels: templates, never an article id, a source's address or a query
        assertThat(m.labelValues("newsloom_http_requests_seconds_count", "route"))
                .allSatisfy(route -> assertThat(route).matches("static|unmatched|/[a-z0-9/{}._-]*"))
                .doesNotContain("/en/article/" + a.id());
        assertThat(body).doesNotContain(a.id()).doesNotContain(newsroom.baseUri().toString()).doesNotContain("q=" + word);
    }

    @Test
    @Order(4)
    void theStatusPageShowsTheSameFigures() {
        var r = Http.get(base() + "/status");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#articles-day").text()).isEqualTo(Long.toString(app.articles().count()));
        assertThat(page.select("#articles-hour").text()).isEqualTo(Long.toString(app.articles().count()));
        assertThat(page.select("#refreshes-hour").text()).isEqualTo(Integer.toString(2 * (publishers + 1)));
        assertThat(page.select("#errors-hour").text()).isEqualTo("2");
        assertThat(page.select("#sources-error a").attr("href")).isEqualTo("/sources");
        assertThat(page.select("table.slowest tbody tr")).hasSize(Math.min(5, publishers + 1));
        assertThat(page.select("#index-documents").text()).startsWith(app.index().count() + " documents");
        assertThat(page.select("#database-size").text()).endsWith("on disk (SQLite)");
        assertThat(page.select("table.store-rows tbody tr").eachText()).contains("articles " + app.articles().count());
    }

    @Test
    @Order(5)
    void theStatusPageReadsOnAPhoneAndPassesAxe() {
        org.openqa.selenium.chrome.ChromeDriver browser = dev.newsloom.testing.Browser.start(390, 844, true);
        try {
            browser.get(base() + "/status");
            dev.newsloom.testing.Screenshots.save(browser, "status-390");
            assertThat(browser.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("Status");
            assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing overflows at 390 px").isEqualTo(true);
            assertThat(dev.newsloom.testing.Axe.seriousViolations(browser)).as("serious or critical accessibility violations").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
