package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.bench.TextOverlap;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.demo.Publisher;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.testing.Http;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The whole pipeline against the demo newsroom over loopback HTTP: feeds of every format, page
 * fetching, extraction, the store, the index and the pages, checked against the newsroom's truth.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoEndToEndTest {
    @TempDir static Path dataDir;
    static NewsroomServer newsroom;
    static Application app;
    static WebServer web;

    @BeforeAll
    static void ingestTheNewsroom() throws Exception {
        newsroom = NewsroomServer.start(new Newsroom(7),
                NewsroomOptions.manual().withBackfill(Duration.ofHours(12)).withFeedSize(100));
        openApp();
        web = app.startWeb("127.0.0.1", 0);
    }

    static void openApp() throws Exception {
        app = Application.open(dataDir);
        DemoSources.subscribe(app.sources(), newsroom);
        app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));
        refreshAll();
    }

    static int refreshAll() throws Exception {
        List<CompletableFuture<RefreshResult>> pending = new ArrayList<>();
        for (Source s : app.sources().all()) pending.add(app.scheduler().refreshNow(s.id()));
        int added = 0;
        for (var f : pending) {
            RefreshResult r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.error()).as("source %d", r.sourceId()).isNull();
            added += r.newArticles();
        }
        return added;
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (newsroom != null) newsroom.close();
    }

    static Article stored(DemoArticle truth) {
        return app.articles().find(ArticleId.fromUrl(truth.url(newsroom.baseUri()).toString()))
                .orElseThrow(() -> new AssertionError("not ingested: " + truth.url(newsroom.baseUri())));
    }

    static Publisher publisher(DemoArticle a) {
        return newsroom.newsroom().publisher(a.publisherSlug()).orElseThrow();
    }

    @Test
    @Order(1)
    void everyPublishedArticleIsStoredWithItsTrueFields() {
        List<DemoArticle> truth = newsroom.published();
        assertThat(truth).hasSizeGreaterThan(30);
        assertThat(app.articles().count()).isEqualTo(truth.size());
        double f1Sum = 0;
        int scored = 0;
        Map<String, Integer> articlesOf = new HashMap<>(), holdingPromo = new HashMap<>();
        for (DemoArticle t : truth) {
            Article a = stored(t);
            String where = t.publisherSlug() + " " + t.path();
            assertThat(a.title()).as(where).isEqualTo(t.title());
            assertThat(a.excerptOnly()).as(where).isEqualTo(t.excerptOnly());
            assertThat(a.paragraphs()).as(where).doesNotContain(t.title());
            if (t.caption() != null) {
                assertThat(a.caption()).as(where).isEqualTo(t.caption());
                assertThat(a.text()).as(where).doesNotContain(t.caption());
            }
            if (t.credit() != null) assertThat(a.credit()).as(where).isEqualTo(t.credit());
            String promo = publisher(t).promo();
            if (promo != null) assertThat(a.text()).as(where).doesNotContain(promo);
            // an in-body promo is only known as boilerplate once learned: the articles before keep it (counted below)
            String bodyPromo = publisher(t).bodyPromo();
            if (bodyPromo != null) {
                articlesOf.merge(t.publisherSlug(), 1, Integer::sum);
                if (a.text().contains(bodyPromo)) holdingPromo.merge(t.publisherSlug(), 1, Integer::sum);
            }
            if (!t.excerptOnly()) {
                double f1 = TextOverlap.of(a.text(), t.text()).f1();
                assertThat(f1).as(where).isGreaterThan(0.9);
                f1Sum += f1;
                scored++;
            }
        }
        assertThat(f1Sum / scored).isGreaterThan(0.97);
        assertThat(articlesOf).isNotEmpty();
        articlesOf.forEach((slug, n) -> assertThat(holdingPromo.getOrDefault(slug, 0)).as(slug)
                .isEqualTo(Math.min(n, dev.newsloom.extract.LearnedBoilerplate.MIN_ARTICLES - 1)));
    }

    @Test
    @Order(2)
    void articlePagesShowTheTitleOnceTheCaptionApartAndNoBoilerplate() {
        Set<String> seenPublishers = new HashSet<>();
        for (DemoArticle t : newsroom.published()) {
            String bodyPromo = publisher(t).bodyPromo();
            // an article extracted before its source's promo line was learned holds it; the test above counts those
            if (t.excerptOnly() || bodyPromo != null && stored(t).text().contains(bodyPromo)) continue;
            if (!seenPublishers.add(t.publisherSlug())) continue;
            Article a = stored(t);
            var response = Http.get("http://127.0.0.1:" + web.port() + "/" + (a.lang() == null ? "en" : a.lang()) + "/article/" + a.id());
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            Element story = page.selectFirst("article.story");
            assertThat(story).isNotNull();
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("h1").text()).isEqualTo(t.title());
            Element body = story.selectFirst(".body");
            assertThat(body.select("p").eachText()).containsExactlyElementsOf(t.paragraphs());
            assertThat(body.text()).doesNotContain(t.title());
            if (t.caption() != null) {
                assertThat(story.select("figcaption").text()).isEqualTo(t.caption());
                assertThat(body.text()).doesNotContain(t.caption());
            }
            for (String junk : List.of("Advertisement", "Accept all", "Telegram", "newsletter", "Show all comments", "Copy link")) {
                assertThat(body.text()).as(t.publisherSlug()).doesNotContainIgnoringCase(junk);
            }
            assertThat(story.select("a.publisher").text()).isEqualTo(publisher(t).name());
            assertThat(story.select("time[datetime]")).isNotEmpty();
        }
        assertThat(seenPublishers).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(3)
    void aNewlyPublishedArticleArrivesOnTheNextRefreshAndTopsTheHomePage() throws Exception {
        DemoArticle fresh = newsroom.publishNext().orElseThrow();
        assertThat(refreshAll()).isEqualTo(1);
        Article a = stored(fresh);
        assertThat(a.title()).isEqualTo(fresh.title());
        assertThat(app.index().search('"' + fresh.title() + '"', 5)).extracting(h -> h.id()).contains(a.id());
        Document home = Jsoup.parse(Http.get("http://127.0.0.1:" + web.port() + "/").body());
        Map<String, String> copyOf = app.storyRepository().duplicatesOf(List.of(a.id()));
        if (copyOf.isEmpty()) {
            assertThat(home.select(".latest article.card h2").first().text()).isEqualTo(fresh.title());
        } else {
            // a syndicated copy is folded into the original: listed once, under the original's name
            assertThat(fresh.wireStoryId()).isNotNull();
            assertThat(home.select(".latest article.card h2 a").eachAttr("href")).doesNotContain("/en/article/" + a.id());
            Document original = Jsoup.parse(Http.get("http://127.0.0.1:" + web.port() + "/en/article/" + copyOf.get(a.id())).body());
            assertThat(original.select("p.also a").eachAttr("href")).contains("/en/article/" + a.id());
        }
    }

    @Test
    @Order(4)
    void wireCopiesAreFoldedAndStoriesGatherTheirEvents() throws Exception {
        String base = "http://127.0.0.1:" + web.port();
        Map<String, DemoArticle> truthById = new HashMap<>();
        for (DemoArticle t : newsroom.published()) truthById.put(stored(t).id(), t);
        {
            Map<String, String> gold = new HashMap<>(), predicted = new HashMap<>();
            for (var e : truthById.entrySet()) {
                gold.put(e.getKey(), e.getValue().eventId());
                predicted.put(e.getKey(), app.stories().storyOf(e.getKey()).orElse(e.getKey()));
            }
            double[] b3 = dev.newsloom.stories.BCubed.score(gold, predicted);
            // the live order (publisher by publisher, pages fetched side by side) groups as well as publication order
            System.out.printf("stories through the live pipeline, %d articles: B-cubed P %.3f R %.3f F1 %.3f%n", gold.size(), b3[0], b3[1], b3[2]);
            assertThat(b3[2]).as("B-cubed F1 of the stories the pipeline built").isGreaterThanOrEqualTo(0.95);
        }
        // every later copy of a wire story points at the earliest copy, and its page names the others
        Map<String, List<DemoArticle>> byWire = new HashMap<>();
        for (DemoArticle t : newsroom.published()) if (t.wireStoryId() != null) byWire.computeIfAbsent(t.wireStoryId(), k -> new ArrayList<>()).add(t);
        int folded = 0;
        for (List<DemoArticle> copies : byWire.values()) {
            if (copies.size() < 2) continue;
            copies.sort(java.util.Comparator.comparing(DemoArticle::published));
            String original = stored(copies.get(0)).id();
            for (DemoArticle copy : copies.subList(1, copies.size())) {
                assertThat(app.storyRepository().duplicatesOf(List.of(stored(copy).id()))).containsEntry(stored(copy).id(), original);
                folded++;
            }
            Document page = Jsoup.parse(Http.get(base + "/en/article/" + original).body());
            assertThat(page.select("p.also a").eachText()).contains(publisher(copies.get(1)).name());
        }
        assertThat(folded).as("the backfill holds wire copies").isPositive();
        Document home = Jsoup.parse(Http.get(base + "/").body());
        Set<String> wireOnHome = new HashSet<>();
        for (Element card : home.select(".latest article.card h2 a")) {
            DemoArticle t = truthById.get(card.attr("href").replaceAll(".*/", ""));
            if (t != null && t.wireStoryId() != null) assertThat(wireOnHome.add(t.wireStoryId())).as("one wire story once").isTrue();
        }
        // the top stories are real events covered by several sources
        assertThat(home.select(".top-stories .top-story")).isNotEmpty();
        for (Element link : home.select(".top-stories .coverage a")) {
            Document story = Jsoup.parse(Http.get(base + link.attr("href")).body());
            assertThat(story.select("h1").text()).isNotBlank();
            assertThat(story.select(".timeline li").size()).isGreaterThanOrEqualTo(2);
            assertThat(story.select("header .hashtags a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/en/hashtag/"));
            Map<String, Integer> events = new HashMap<>();
            List<String> hrefs = story.select(".coverage-source article.card h2 a").eachAttr("href");
            for (String href : hrefs) events.merge(truthById.get(href.replaceAll(".*/", "")).eventId(), 1, Integer::sum);
            int top = events.values().stream().max(Integer::compare).orElse(0);
            assertThat(top).as("one event dominates %s: %s %s", link.attr("href"), events, story.select(".coverage-source article.card h2 a").eachText()).isGreaterThanOrEqualTo((int) Math.ceil(hrefs.size() * 0.75));
        }
        for (Element link : home.select(".trending-stories a")) {
            assertThat(Http.get(base + link.attr("href")).statusCode()).isEqualTo(200);
        }
        // related articles come from other stories and are never copies
        int withRelated = 0;
        for (String id : truthById.keySet()) {
            JsonNode related = new ObjectMapper().readTree(Http.get(base + "/api/v1/articles/" + id + "/related").body()).get("related");
            String own = app.stories().storyOf(id).orElseThrow();
            for (JsonNode r : related) {
                assertThat(r.get("story").asText()).isNotEqualTo(own);
                // the API's times are ISO-8601 text on every endpoint, as on /api/v1/articles
                assertThat(r.get("published").isTextual()).as("published of %s: %s", r.get("id"), r.get("published")).isTrue();
                assertThat(java.time.Instant.parse(r.get("published").asText())).isBefore(java.time.Instant.now().plusSeconds(60));
                assertThat(app.storyRepository().duplicatesOf(List.of(r.get("id").asText()))).isEmpty();
            }
            if (!related.isEmpty()) withRelated++;
        }
        assertThat(withRelated).isGreaterThan(truthById.size() / 2);
        assertThat(Http.get(base + "/en/story/" + "0".repeat(32)).statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/en/story/nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theStoriesApiListsTheHomePagesTopStoriesAndEachStorysCoverageAsItsPageShowsIt() throws Exception {
        String base = "http://127.0.0.1:" + web.port();
        ObjectMapper json = new ObjectMapper();
        var reply = Http.get(base + "/api/v1/stories");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode top = json.readTree(reply.body()).get("stories");
        assertThat(top.size()).isGreaterThanOrEqualTo(2);
        // the same stories in the same order as the home page's top stories
        List<String> onHome = Jsoup.parse(Http.get(base + "/").body()).select(".top-stories .coverage a").eachAttr("href");
        List<String> fromApi = new ArrayList<>();
        for (JsonNode s : top) fromApi.add(s.get("href").asText());
        assertThat(fromApi.subList(0, Math.min(fromApi.size(), onHome.size()))).isEqualTo(onHome);
        for (JsonNode s : top) {
            String id = s.get("id").asText();
            List<Article> members = app.storyRepository().articles(id);
            assertThat(s.get("article_count").asInt()).isEqualTo(members.size());
            assertThat(s.get("source_count").asInt()).isEqualTo((int) members.stream().map(Article::sourceId).distinct().count());
            assertThat(members.stream().map(Article::id)).contains(s.get("lead").get("id").asText());
            assertThat(java.time.Instant.parse(s.get("first_seen").asText())).isBeforeOrEqualTo(java.time.Instant.parse(s.get("last_updated").asText()));

            JsonNode story = json.readTree(Http.get(base + "/api/v1/stories/" + id).body());
            assertThat(story.get("title").asText()).isEqualTo(s.get("title").asText());
            Document page = Jsoup.parse(Http.get(base + s.get("href").asText()).body());
            assertThat(story.get("title").asText()).isEqualTo(page.selectFirst("h1").text());
            // the originals, publisher by publisher, as the page lists its cards
            List<String> shown = new ArrayList<>(), all = new ArrayList<>();
            for (JsonNode group : story.get("sources")) {
                for (JsonNode a : group.get("articles")) {
                    assertThat(a.get("source_id").asLong()).isEqualTo(group.get("source_id").asLong());
                    shown.add(a.get("href").asText());
                    all.add(a.get("id").asText());
                    for (JsonNode copy : a.get("also_published_by")) {
                        // a copy sits under the article it copies, and only there
                        assertThat(app.storyRepository().duplicatesOf(List.of(copy.get("id").asText())))
                                .containsEntry(copy.get("id").asText(), a.get("id").asText());
                        all.add(copy.get("id").asText());
                    }
                }
            }
            assertThat(shown).isEqualTo(page.select(".coverage-source article.card h2 a").eachAttr("href"));
            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(members.stream().map(Article::id).toList());
            // the timeline: each source once, at its first report, earliest first
            List<String> timelineSources = new ArrayList<>();
            java.time.Instant previous = java.time.Instant.MIN;
            for (JsonNode row : story.get("timeline")) {
                timelineSources.add(row.get("source").asText());
                java.time.Instant at = java.time.Instant.parse(row.get("published").asText());
                assertThat(at).isAfterOrEqualTo(previous);
                previous = at;
            }
            assertThat(timelineSources).doesNotHaveDuplicates().hasSize(story.get("source_count").asInt());
            assertThat(timelineSources).isEqualTo(page.select(".timeline li a").eachText());
            assertThat(story.get("hashtags").findValuesAsText("href")).isNotEmpty()
                    .isEqualTo(page.select("header .hashtags a").eachAttr("href"));
        }
        // a story folded into another answers at the one it joined
        String kept = top.get(0).get("id").asText();
        Article member = app.storyRepository().articles(kept).get(0);
        String folded = "f".repeat(32);
        app.storyRepository().save(member.id(), kept, app.storyRepository().duplicatesOf(List.of(member.id())).get(member.id()),
                null, List.of(folded), List.of());
        var moved = Http.get(base + "/api/v1/stories/" + folded);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("location")).hasValue("/api/v1/stories/" + kept);
        // unknown stories and bad limits are the caller's mistake, said in JSON
        for (String bad : List.of("0".repeat(32), "nonsense")) {
            var missing = Http.get(base + "/api/v1/stories/" + bad);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json.readTree(missing.body()).get("error").asText()).contains(bad);
        }
        JsonNode most = json.readTree(Http.get(base + "/api/v1/stories?limit=51").body());
        assertThat(most.get("limit").asInt()).as("a limit above the most is the most, as every list answers").isEqualTo(50);
        for (String limit : List.of("0", "-3", "ten")) {
            var wrong = Http.get(base + "/api/v1/stories?limit=" + limit);
            assertThat(wrong.statusCode()).as("limit=%s", limit).isEqualTo(400);
            assertThat(wrong.headers().firstValue("content-type").orElse("")).startsWith("application/json");
            assertThat(json.readTree(wrong.body()).get("error").asText()).contains("limit");
        }
        assertThat(json.readTree(Http.get(base + "/api/v1/stories?limit=1").body()).get("stories").size()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void theArticlesApiSaysEachArticlesHashtagsStoryAndCopiesAsItsPageDoes() throws Exception {
        String base = "http://127.0.0.1:" + web.port();
        ObjectMapper json = new ObjectMapper();
        JsonNode list = json.readTree(Http.get(base + "/api/v1/articles?limit=100").body()).get("articles");
        assertThat(list.size()).isGreaterThan(20);
        int copies = 0;
        for (JsonNode item : list) {
            String id = item.get("id").asText();
            String story = app.storyRepository().storyOf(id).orElseThrow();
            assertThat(item.get("story").asText()).isEqualTo(story);
            String original = app.storyRepository().duplicatesOf(List.of(id)).get(id);
            assertThat(item.get("duplicate_of").isNull() ? null : item.get("duplicate_of").asText()).isEqualTo(original);
            Document page = Jsoup.parse(Http.get(base + item.get("href").asText()).body());
            assertThat(item.get("hashtags").findValuesAsText("href")).isEqualTo(page.select("ul.hashtags a").eachAttr("href"));
            JsonNode full = json.readTree(Http.get(base + "/api/v1/articles/" + id).body());
            assertThat(full.get("hashtags")).isEqualTo(item.get("hashtags"));
            assertThat(full.get("story_href").asText()).isEqualTo("/api/v1/stories/" + story);
            JsonNode storyJson = json.readTree(Http.get(base + full.get("story_href").asText()).body());
            assertThat(storyJson.get("sources").findValuesAsText("id")).contains(id);
            // the other versions of the same copy, as the page's "Also published by" names them
            List<String> others = new ArrayList<>();
            for (JsonNode o : full.get("also_published_by")) others.add(o.get("id").asText());
            assertThat(others).doesNotContain(id).doesNotHaveDuplicates();
            List<String> family = new ArrayList<>();
            String root = original == null ? id : original;
            if (!root.equals(id)) family.add(root);
            for (Article c : app.storyRepository().copiesOf(root)) if (!c.id().equals(id)) family.add(c.id());
            assertThat(others).containsExactlyInAnyOrderElementsOf(family);
            assertThat(full.get("also_published_by").findValuesAsText("source")).isEqualTo(page.select("p.also a").eachText());
            if (!others.isEmpty()) copies++;
        }
        assertThat(copies).as("articles with copies among the newest").isPositive();
    }

    @Test
    @Order(4)
    void theListsApiGivesTheArticlesOfEachHashtagCategoryAndSourcePageInTheirOrder() throws Exception {
        String base = "http://127.0.0.1:" + web.port();
        ObjectMapper json = new ObjectMapper();
        Document home = Jsoup.parse(Http.get(base + "/").body());
        List<String> pages = new ArrayList<>();
        // every hashtag the newest articles carry, every category, every source
        for (JsonNode a : json.readTree(Http.get(base + "/api/v1/articles?limit=20").body()).get("articles"))
            for (JsonNode t : json.readTree(Http.get(base + "/api/v1/articles/" + a.get("id").asText()).body()).get("hashtags"))
                if (!pages.contains(t.get("href").asText())) pages.add(t.get("href").asText());
        int hashtags = pages.size();
        assertThat(hashtags).isGreaterThan(5);
        pages.addAll(home.select("nav a[href^=/en/category/], .categories a[href^=/en/category/]").eachAttr("href").stream().distinct().toList());
        assertThat(pages.size()).isGreaterThan(hashtags);
        for (Source s : app.sources().all()) pages.add("/source/" + s.id());
        for (String page : pages) {
            String api = page.startsWith("/source/") ? "/api/v1/sources/" + page.substring(8) + "/articles"
                    : page.startsWith("/en/hashtag/") ? "/api/v1/hashtags/" + page.substring(12)
                    : "/api/v1/categories/" + page.substring(13);
            Document shown = Jsoup.parse(Http.get(base + page).body());
            List<String> cards = shown.select(".cards article.card h2 a").eachAttr("href");
            var reply = Http.get(base + api + "?limit=30");
            assertThat(reply.statusCode()).as(api).isEqualTo(200);
            JsonNode list = json.readTree(reply.body());
            List<String> hrefs = new ArrayList<>();
            for (JsonNode a : list.get("articles")) hrefs.add(a.get("href").asText());
            assertThat(hrefs).as("%s against %s", api, page).isEqualTo(cards);
            assertThat(list.get("href").asText()).isEqualTo(page);
            assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(hrefs.size());
            if (list.get("total").asLong() > 2) {
                // paged by offset, as the page is by page number
                JsonNode second = json.readTree(Http.get(base + api + "?limit=2&offset=1").body());
                List<String> all = new ArrayList<>(), paged = new ArrayList<>();
                for (JsonNode a : list.get("articles")) all.add(a.get("id").asText());
                for (JsonNode a : second.get("articles")) paged.add(a.get("id").asText());
                assertThat(paged).isEqualTo(all.subList(1, 3));
            }
        }
        String tag = pages.get(0).substring(12);
        var moved = Http.get(base + "/api/v1/hashtags/" + tag.toLowerCase(java.util.Locale.ROOT) + "?limit=5");
        if (!tag.equals(tag.toLowerCase(java.util.Locale.ROOT))) {
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("location")).hasValue("/api/v1/hashtags/" + tag + "?limit=5");
        }
        for (String missing : List.of("/api/v1/hashtags/NoSuchTagAnywhere", "/api/v1/categories/gardening", "/api/v1/sources/999999/articles",
                "/api/v1/sources/abc/articles")) {
            var r = Http.get(base + missing);
            assertThat(r.statusCode()).as(missing).isEqualTo(404);
            assertThat(json.readTree(r.body()).get("error").asText()).isNotBlank();
        }
        for (String bad : List.of("limit=0", "offset=-1", "limit=x", "lang=zz")) {
            var r = Http.get(base + "/api/v1/hashtags/" + tag + "?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(r.body()).get("error").asText()).contains(bad.substring(0, bad.indexOf('=')));
            assertThat(json.readTree(r.body()).get("problems").get(0).get("parameter").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        JsonNode whole = json.readTree(Http.get(base + "/api/v1/hashtags/" + tag + "?limit=101").body());
        assertThat(whole.get("limit").asInt()).isEqualTo(100);
        assertThat(whole.get("languages").get("en").asLong()).isEqualTo(whole.get("total").asLong());
        JsonNode english = json.readTree(Http.get(base + "/api/v1/hashtags/" + tag + "?lang=en").body());
        assertThat(english.get("lang").asText()).isEqualTo("en");
        assertThat(english.get("articles")).isEqualTo(json.readTree(Http.get(base + "/api/v1/hashtags/" + tag).body()).get("articles"));
        JsonNode past = json.readTree(Http.get(base + "/api/v1/hashtags/" + tag + "?offset=100000").body());
        assertThat(past.get("articles")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(whole.get("total").asLong());
        assertThat(json.readTree(Http.get(base + "/api/v1/hashtags/" + tag + "?lang=de").body()).get("articles"))
                .as("no German articles in the newsroom").isEmpty();
        // trending, as the home page shows it
        JsonNode trending = json.readTree(Http.get(base + "/api/v1/trending").body());
        assertThat(trending.get("hashtags").size()).as("trending hashtags in the newsroom's last hours").isPositive();
        assertThat(trending.get("hashtags").findValuesAsText("href")).isEqualTo(home.select(".trending .chips a").eachAttr("href"));
        assertThat(trending.get("stories").findValuesAsText("href")).isEqualTo(home.select(".trending-stories a").eachAttr("href"));
        for (JsonNode t : trending.get("stories")) assertThat(Http.get(base + t.get("api").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void topStoriesHaveBriefsThatQuoteAndCiteTheirOwnArticlesAndForgetThemWhenTheStoryGrows() throws Exception {
        String base = "http://127.0.0.1:" + web.port();
        ObjectMapper json = new ObjectMapper();
        Document home = Jsoup.parse(Http.get(base + "/").body());
        List<String> storyIds = home.select(".top-stories .coverage a").eachAttr("href").stream().map(h -> h.replaceAll(".*/", "")).toList();
        assertThat(storyIds).isNotEmpty();
        for (String storyId : storyIds) {
            JsonNode brief = null;
            for (int i = 0; i < 300 && brief == null; i++) {
                var r = Http.get(base + "/api/v1/stories/" + storyId + "/brief");
                if (r.statusCode() == 200) brief = json.readTree(r.body());
                else Thread.sleep(100);
            }
            assertThat(brief).as("brief of %s", storyId).isNotNull();
            assertThat(brief.get("brief").size()).isGreaterThanOrEqualTo(3);
            for (JsonNode sentence : brief.get("brief")) {
                JsonNode quoted = brief.get("sources").get(sentence.get("cites").get(0).asInt() - 1);
                String articleId = quoted.get("article_id").asText();
                assertThat(app.stories().storyOf(articleId)).as("cited article is in the story").contains(storyId);
                assertThat(app.articles().find(articleId).orElseThrow().text().replace("\n", " ")).contains(sentence.get("text").asText());
            }
        }
        assertThat(app.aiCache().find(storyIds.get(0), "story.brief")).isPresent();
        // the next article about an event already covered joins its story, whose brief is then computed afresh
        for (int i = 0; i < 20; i++) {
            DemoArticle next = newsroom.publishNext().orElseThrow();
            java.util.Optional<String> story = newsroom.published().stream()
                    .filter(t -> t != next && t.eventId().equals(next.eventId()))
                    .map(t -> app.stories().storyOf(stored(t).id())).flatMap(java.util.Optional::stream).findFirst();
            if (story.isPresent()) {
                for (int w = 0; w < 300 && Http.get(base + "/api/v1/stories/" + story.get() + "/brief").statusCode() != 200; w++) Thread.sleep(100);
                assertThat(app.aiCache().find(story.get(), "story.brief")).isPresent();
            }
            refreshAll();
            if (story.isPresent() && app.stories().storyOf(stored(next).id()).equals(story)) {
                assertThat(app.aiCache().find(story.get(), "story.brief")).as("invalidated when an article joined").isEmpty();
                return;
            }
        }
        throw new AssertionError("no newly published article joined a story");
    }

    @Test
    @Order(5)
    void restartingOnTheSameDataDirNeitherDuplicatesNorLoses() throws Exception {
        Map<String, String> storiesBefore = new HashMap<>();
        for (Article a : app.articles().newest(10_000, 0)) storiesBefore.put(a.id(), app.stories().storyOf(a.id()).orElseThrow());
        long before = app.articles().count();
        List<String> ids = app.articles().newest(10_000, 0).stream().map(Article::id).sorted().toList();
        app.close();
        openApp(); // subscribes again and refreshes every source once more
        assertThat(refreshAll()).isZero();
        assertThat(app.articles().count()).isEqualTo(before);
        assertThat(app.articles().newest(10_000, 0).stream().map(Article::id).sorted().toList()).isEqualTo(ids);
        assertThat(app.sources().all()).hasSize(newsroom.publishers().size());
        assertThat(app.index().count()).isEqualTo((int) before);
        for (var e : storiesBefore.entrySet()) assertThat(app.stories().storyOf(e.getKey())).as("story kept").contains(e.getValue());
    }
}
