package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.PostgresConfig;
import dev.newsloom.testing.Http;
import dev.newsloom.testing.Postgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application with its store in a real PostgreSQL database: the demo newsroom ingested over
 * loopback HTTP, its articles on the pages served over HTTP, the commands reaching the same
 * database from another data directory, and restarts (on the same data directory, then on an
 * empty one whose search index is rebuilt from the database) that neither duplicate nor lose anything.
 */
class PostgresEndToEndTest {
    @TempDir Path dir;

    @Test
    void theDemoNewsroomIngestedIntoPostgresIsServedAndSurvivesRestarts() throws Exception {
        Path data = dir.resolve("data");
        PostgresConfig store = Postgres.configFor(dir.resolve("store"));
        try (NewsroomServer newsroom = NewsroomServer.start(new Newsroom(7, 150),
                NewsroomOptions.manual().withBackfill(Duration.ofHours(12)).withFeedSize(100))) {
            List<DemoArticle> truth = newsroom.published();
            assertThat(truth).hasSizeGreaterThan(20);
            List<String> ids = new ArrayList<>();
            for (DemoArticle t : truth) ids.add(ArticleId.fromUrl(t.url(newsroom.baseUri()).toString()));
            Map<String, String> stories = new HashMap<>();

            try (Application app = Application.open(data, store)) {
                assertThat(ingest(app, newsroom)).isEqualTo(truth.size());
                assertThat(app.articles().count()).isEqualTo(truth.size());
                for (String id : ids) stories.put(id, app.stories().storyOf(id).orElseThrow());
                String base = "http://127.0.0.1:" + app.startWeb("127.0.0.1", 0).port();

                Set<String> publishers = new HashSet<>();
                for (DemoArticle t : truth) {
                    if (t.excerptOnly()) continue;
                    Article a = app.articles().find(ArticleId.fromUrl(t.url(newsroom.baseUri()).toString())).orElseThrow();
                    // extracted before the source's in-body promo was learned (DemoEndToEndTest counts those)
                    String bodyPromo = newsroom.newsroom().publisher(t.publisherSlug()).orElseThrow().bodyPromo();
                    if (bodyPromo != null && a.text().contains(bodyPromo)) continue;
                    if (!publishers.add(t.publisherSlug())) continue;
                    Document page = Jsoup.parse(Http.get(base + "/" + (a.lang() == null ? "en" : a.lang()) + "/article/" + a.id()).body());
                    assertThat(page.select("h1").text()).isEqualTo(t.title());
                    assertThat(page.select("article.story .body p").eachText()).containsExactlyElementsOf(t.paragraphs());
                }
                assertThat(publishers).hasSizeGreaterThanOrEqualTo(5);
                Document home = Jsoup.parse(Http.get(base + "/").body());
                assertThat(home.select(".latest article.card h2")).isNotEmpty();
                Article newest = app.articles().newestOriginals(1, 0).get(0);
                assertThat(home.select(".latest article.card h2").first().text()).isEqualTo(newest.title());
                Document sources = Jsoup.parse(Http.get(base + "/sources").body());
                for (Source s : app.sources().all()) assertThat(sources.text()).contains(s.name());
                assertThat(searchIds(base, newest.title())).contains(newest.id());

                // the commands need no data directory of the server's: the store is the database
                String url = store.jdbcUrl() + "?user=" + store.user() + "&password=" + store.password();
                Cli.Run listed = Cli.run("sources", "--data-dir", dir.resolve("elsewhere").toString(), "--database", url);
                assertThat(listed.exit()).as(listed.err()).isZero();
                for (Source s : app.sources().all()) assertThat(listed.out()).contains(s.name());
                Cli.Run users = Cli.run("user", "list", "--database", url);
                assertThat(users.exit()).as(users.err()).isZero();
                assertThat(users.out()).contains("No accounts");
            }

            try (Application app = Application.open(data, store)) {
                assertThat(ingest(app, newsroom)).as("a restart fetches nothing new").isZero();
                assertThat(app.articles().count()).isEqualTo(truth.size());
                assertThat(app.articles().newest(10_000, 0)).extracting(Article::id).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(app.sources().all()).hasSize(newsroom.publishers().size());
                assertThat(app.index().count()).isEqualTo(truth.size());
                for (var e : stories.entrySet()) assertThat(app.stories().storyOf(e.getKey())).as("story kept").contains(e.getValue());
            }

            // another machine, say: an empty data directory; the index is rebuilt from the database
            try (Application app = Application.open(dir.resolve("fresh"), store)) {
                assertThat(app.index().count()).isEqualTo(truth.size());
                String base = "http://127.0.0.1:" + app.startWeb("127.0.0.1", 0).port();
                DemoArticle last = truth.get(truth.size() - 1);
                String lastId = ArticleId.fromUrl(last.url(newsroom.baseUri()).toString());
                assertThat(searchIds(base, last.title())).contains(lastId);
                JsonNode health = new ObjectMapper().readTree(Http.get(base + "/healthz").body());
                assertThat(health.get("articles").asInt()).isEqualTo(truth.size());
            }
        }
    }

    static int ingest(Application app, NewsroomServer newsroom) throws Exception {
        DemoSources.subscribe(app.sources(), newsroom);
        app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));
        int total = 0, added;
        do {
            List<CompletableFuture<RefreshResult>> pending = new ArrayList<>();
            for (Source s : app.sources().all()) pending.add(app.scheduler().refreshNow(s.id()));
            added = 0;
            for (var f : pending) {
                RefreshResult r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.error()).as("source %d", r.sourceId()).isNull();
                added += r.newArticles();
            }
            total += added;
        } while (added > 0);
        return total;
    }

    static List<String> searchIds(String base, String title) throws Exception {
        String q = URLEncoder.encode('"' + title + '"', StandardCharsets.UTF_8);
        JsonNode found = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=" + q).body());
        List<String> out = new ArrayList<>();
        for (JsonNode item : found.get("items")) out.add(item.get("id").asText());
        return out;
    }

}
