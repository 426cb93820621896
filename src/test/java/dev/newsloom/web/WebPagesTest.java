package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages and API served by a real Javalin server over a real SQLite store. */
class WebPagesTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @TempDir static Path dir;
    static Database db;
    static dev.newsloom.search.ArticleIndex index;
    static WebServer web;
    static String base;
    static Source harbor;
    static Article lead;

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        harbor = sources.add("Harbor Gazette", "http://127.0.0.1:1/feed.xml", null);
        Source evil = sources.add("Evil " + XSS, "http://127.0.0.1:1/evil.xml", null);
        lead = article(harbor, "https://harbor.example/a/1", "Council approves the new sea wall", NOW.minusSeconds(3600),
                "First paragraph about the sea wall.\nSecond paragraph with the vote count.", "Workers at the old wall. NEWSWIRE/Ana Vel",
                "https://harbor.example/img/wall.jpg", "NEWSWIRE");
        articles.accept(lead);
        for (int i = 2; i <= 40; i++) {
            articles.accept(article(harbor, "https://harbor.example/a/" + i, "Harbor story number " + i, NOW.minusSeconds(3600L * i),
                    "Body of story " + i + ".", null, null, null));
        }
        articles.accept(article(evil, "https://evil.example/x", "Title " + XSS, NOW.minusSeconds(60),
                "Body " + XSS, "Caption " + XSS, "javascript:alert(1)", null));
        index = dev.newsloom.search.ArticleIndex.open(dir.resolve("index"));
        web = new WebServer(articles, sources, new dev.newsloom.store.TagRepository(db), index,
                new dev.newsloom.store.StoryRepository(db), new dev.newsloom.stories.StoryEngine(dev.newsloom.stories.StoryConfig.defaults(), null),
                Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static Article article(Source s, String url, String title, Instant published, String text, String caption, String image, String credit) {
        return new Article(ArticleId.fromUrl(url), s.id(), url, title, "Ana Vel", published, published, "en",
                image, caption, credit, text, false, List.of());
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    @Test
    void homeListsNewestFirstWithPublisherRelativeTimeAndExcerpt() {
        HttpResponse<String> r = Http.get(base + "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document doc = Jsoup.parse(r.body());
        var cards = doc.select("article.card");
        assertThat(cards).hasSize(WebServer.PAGE_SIZE);
        assertThat(cards.get(1).selectFirst("h2 a").text()).isEqualTo("Council approves the new sea wall");
        assertThat(cards.get(1).selectFirst("time").attr("datetime")).isEqualTo("2026-11-24T11:00:00Z");
        assertThat(cards.get(1).selectFirst("time").text()).isEqualTo("an hour ago");
        assertThat(cards.get(1).selectFirst(".publisher").text()).isEqualTo("Harbor Gazette");
        assertThat(cards.get(1).selectFirst(".excerpt").text()).startsWith("First paragraph about the sea wall.");
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo("/?page=2");
        Document page2 = Jsoup.parse(Http.get(base + "/?page=2").body());
        assertThat(page2.select("article.card")).hasSize(41 - WebServer.PAGE_SIZE);
    }

    @Test
    void articlePageShowsTitleOnceCaptionApartAndTheOriginalLink() {
        HttpResponse<String> r = Http.get(base + "/en/article/" + lead.id());
        assertThat(r.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        var story = doc.selectFirst("article.story");
        assertThat(story.select("h1")).hasSize(1);
        assertThat(countOccurrences(story.text(), "Council approves the new sea wall")).isEqualTo(1);
        assertThat(story.select(".body p")).extracting(e -> e.text())
                .containsExactly("First paragraph about the sea wall.", "Second paragraph with the vote count.");
        assertThat(story.selectFirst("figcaption").text()).isEqualTo("Workers at the old wall. NEWSWIRE/Ana Vel");
        assertThat(story.selectFirst(".body").text()).doesNotContain("Workers at the old wall");
        assertThat(story.selectFirst(".credit").text()).contains("NEWSWIRE");
        assertThat(story.selectFirst("figure img").attr("referrerpolicy")).isEqualTo("no-referrer");
        assertThat(story.selectFirst("figure img").attr("loading")).isEqualTo("lazy");
        assertThat(story.selectFirst(".original a").attr("href")).isEqualTo("https://harbor.example/a/1");
        assertThat(doc.select("section.more article.card")).hasSize(5)
                .noneMatch(c -> c.text().contains("Council approves"));
        assertThat(doc.selectFirst("section.more h2").text()).isEqualTo("More from Harbor Gazette");
    }

    @Test
    void publisherTextIsEscapedEverywhereAndUnsafeUrlsDropped() {
        String evilId = ArticleId.fromUrl("https://evil.example/x");
        for (String path : List.of("/", "/en/article/" + evilId, "/sources", "/source/2")) {
            String body = Http.get(base + path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("onerror=alert(1)>");
            Document doc = Jsoup.parse(body);
            // the only scripts are the site's own files; publisher text never becomes one
            assertThat(doc.select("script")).as(path).allMatch(e -> e.attr("src").startsWith("/static/") && e.data().isBlank());
            assertThat(doc.select("[onerror]")).as(path).isEmpty();
        }
        Document doc = Jsoup.parse(Http.get(base + "/en/article/" + evilId).body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Title " + XSS);
        assertThat(doc.select("img")).isEmpty(); // the javascript: image URL was dropped
    }

    @Test
    void wrongLanguageRedirectsToTheCanonicalArticleUrl() {
        HttpResponse<String> r = Http.get(base + "/de/article/" + lead.id());
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/en/article/" + lead.id());
    }

    @Test
    void missingPagesAreRealPagesWith404() {
        for (String path : List.of("/nope", "/en/article/" + "0".repeat(32), "/en/article/not-an-id", "/source/999", "/source/abc")) {
            HttpResponse<String> r = Http.get(base + path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            Document doc = Jsoup.parse(r.body());
            assertThat(doc.selectFirst("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(doc.selectFirst("a[href=/]")).as(path).isNotNull();
        }
    }

    @Test
    void sourcePageShowsHealthAndArticles() {
        Document doc = Jsoup.parse(Http.get(base + "/source/" + harbor.id()).body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Harbor Gazette");
        assertThat(doc.selectFirst(".status").text()).isEqualTo("new");
        assertThat(doc.select("article.card")).isNotEmpty();
    }

    @Test
    void sourcePageListsTheBoilerplateLearnedForThatSourceOnly() {
        Source learner = new SourceRepository(db).add("Evil " + XSS, "http://127.0.0.1:1/evil.xml", null); // the existing one
        var learning = new dev.newsloom.extract.LearnedBoilerplate(new SourceRepository(db).boilerplate());
        String promo = "Read the Ledger every morning " + XSS;
        for (int i = 0; i < 6; i++) {
            learning.apply(learner.id(), new dev.newsloom.model.ExtractedArticle(null, "t", null, null, null, "en", null, null,
                    null, null, null, List.of("Unique paragraph number " + i + " of the ledger.", promo), false, null), NOW);
        }
        Document doc = Jsoup.parse(Http.get(base + "/source/" + learner.id()).body());
        assertThat(doc.select("table.boilerplate tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.select("td").get(0).text()).isEqualTo(promo); // shown as text, never as markup
            assertThat(row.select("td").get(1).text()).isEqualTo("6");
            assertThat(row.select("td").get(2).text()).isEqualTo("100%");
        });
        assertThat(doc.select("script:containsData(alert)")).isEmpty();
        Document other = Jsoup.parse(Http.get(base + "/source/" + harbor.id()).body());
        assertThat(other.select("table.boilerplate")).isEmpty();
        assertThat(other.select("#boilerplate + p.empty").text()).contains("at least 5");
    }

    @Test
    void healthAndApiAnswerJson() {
        HttpResponse<String> h = Http.get(base + "/healthz");
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(h.body()).contains("\"status\":\"ok\"").contains("\"articles\":41").contains("\"sources\":2");
        HttpResponse<String> one = Http.get(base + "/api/v1/articles/" + lead.id());
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(one.body()).contains("\"title\":\"Council approves the new sea wall\"")
                .contains("\"published\":\"2026-11-24T11:00:00Z\"").contains("\"paragraphs\":[\"First paragraph");
        assertThat(Http.get(base + "/api/v1/articles?limit=2").body()).contains("\"limit\":2");
        assertThat(Http.get(base + "/api/v1/articles/" + "f".repeat(32)).statusCode()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        HttpResponse<String> r = Http.get(base + "/");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Http.get(base + "/static/style.css").statusCode()).isEqualTo(200);
    }

    static int countOccurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
