package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.ai.AiService;
import dev.newsloom.ai.ExtractiveEngine;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.AiCacheRepository;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import dev.newsloom.testing.Browser;
import dev.newsloom.testing.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The AI panel, its pages and its API over a real server and a real SQLite store: rendered from
 * the cache once computed, "Preparing…" before, readable without JavaScript, and in a real browser.
 */
class AiPagesTest {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Database db;
    static ArticleIndex index;
    static WebServer web, strict;
    static AiService ai, strictAi;
    static String base;
    static Article gazette, coastline, courier, copy, lonely;
    static String storyId;

    static Article article(Source s, String url, String title, Instant published, String... paragraphs) {
        return new Article(ArticleId.fromUrl(url), s.id(), url, title, null, published, published, "en", null, null, null,
                String.join("\n", paragraphs), false, List.of());
    }

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        StoryRepository stories = new StoryRepository(db);
        Source g = sources.add("Harbor Gazette", "http://127.0.0.1:1/g.xml", null);
        Source c = sources.add("Coastline Daily", "http://127.0.0.1:1/c.xml", null);
        Source n = sources.add("Northern Courier", "http://127.0.0.1:1/n.xml", null);
        Source b = sources.add("Bayside Herald", "http://127.0.0.1:1/b.xml", null);
        String lede = "A storm surge flooded the harbour district of Larkhaven early on Friday, forcing the evacuation of about 300 homes, the city’s emergency office said.";
        gazette = article(g, "https://gazette.example/storm", "Storm floods Larkhaven harbour; 300 homes evacuated", Instant.parse("2026-11-20T08:00:00Z"),
                lede, "Mayor Elena Ruiz, who toured the district at dawn, said the sea wall had been overtopped for the first time since 1998.",
                "The Larkhaven Port Authority closed the ferry terminal until further notice.");
        copy = article(b, "https://bayside.example/storm", "Larkhaven harbour flooded", Instant.parse("2026-11-20T08:40:00Z"),
                lede, "Mayor Elena Ruiz, who toured the district at dawn, said the sea wall had been overtopped for the first time since 1998.",
                "The Larkhaven Port Authority closed the ferry terminal until further notice.");
        coastline = article(c, "https://coastline.example/storm", "Larkhaven counts the cost after storm surge", Instant.parse("2026-11-20T10:30:00Z"),
                "About 300 homes in the harbour district of Larkhaven were evacuated on Friday after a storm surge broke over the sea wall.",
                "The Larkhaven Port Authority said the ferry terminal would stay closed, stranding some 1,200 passengers.",
                "Elena Ruiz, the mayor of Larkhaven, said repairs to the sea wall could cost $4.5 million.");
        courier = article(n, "https://courier.example/storm", "Larkhaven ferry terminal to reopen on Monday", Instant.parse("2026-11-20T16:00:00Z"),
                "The ferry terminal in Larkhaven will reopen on Monday, the Larkhaven Port Authority said on Friday evening, hours after a storm surge flooded the harbour district.",
                "Engineers found no structural damage to the piers, said Tomas Brandt, the authority’s chief engineer.");
        lonely = article(g, "https://gazette.example/festival", "Lantern festival opens in Orlport", Instant.parse("2026-11-21T09:00:00Z"),
                "The Orlport Lantern Festival opened on Saturday with 140 lanterns along the river, organisers said.",
                "About 20,000 visitors are expected over three days.");
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), null);
        storyId = gazette.id();
        for (Article a : List.of(gazette, copy, coastline, courier, lonely)) {
            articles.accept(a);
            String story = a == lonely ? lonely.id() : storyId;
            String dup = a == copy ? gazette.id() : null;
            stories.save(a.id(), story, dup, null, List.of(), List.of());
            engine.restore(engine.prepareStored(StoryInput.of(a, Long.toString(a.sourceId()), false), null), story, dup);
        }
        index = ArticleIndex.open(dir.resolve("index"));
        AiCacheRepository cache = new AiCacheRepository(db);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ai = new AiService(new ExtractiveEngine(null), cache, null, clock);
        web = new WebServer(articles, sources, new TagRepository(db), index, stories, engine, clock, ai, 100).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
        strictAi = new AiService(new ExtractiveEngine(null), cache, null, clock);
        strict = new WebServer(articles, sources, new TagRepository(db), index, stories, engine, clock, strictAi, 2).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {web, strict, ai, strictAi}) {
            try {
                if (c != null) c.close();
            } catch (Exception ignored) {
                // the rest must close too
            }
        }
        if (index != null) index.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    /** An API result, asked until it is ready (the first request may find it still being computed). */
    static JsonNode ready(String path) throws Exception {
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = Http.get(base + path);
            if (r.statusCode() == 200) return JSON.readTree(r.body());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(202);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never became ready");
    }

    static String q(String question) {
        return URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    @Test
    void theArticleSummaryApiCitesTheArticle() throws Exception {
        JsonNode s = ready("/api/v1/articles/" + coastline.id() + "/summary");
        assertThat(s.path("status").asText()).isEqualTo("ready");
        assertThat(s.path("article").asText()).isEqualTo(coastline.id());
        assertThat(s.path("engine").asText()).isEqualTo("extractive");
        assertThat(s.path("summary").size()).isBetween(2, 3);
        assertThat(s.path("summary").path(0).path("text").asText()).startsWith("About 300 homes");
        assertThat(s.path("summary").path(0).path("cites").path(0).asInt()).isEqualTo(1);
        assertThat(s.path("key_points").isArray()).isTrue();
        assertThat(s.path("sources").path(0).path("href").asText()).isEqualTo("/en/article/" + coastline.id());
        assertThat(s.path("sources").path(0).path("source").asText()).isEqualTo("Coastline Daily");
        JsonNode names = ready("/api/v1/articles/" + coastline.id() + "/whoswho");
        assertThat(names.path("people").path(0).path("name").asText()).isEqualTo("Elena Ruiz");
    }

    @Test
    void theStoryApiGivesTheBriefWhosWhoTimelineAndCompareCoverage() throws Exception {
        JsonNode brief = ready("/api/v1/stories/" + storyId + "/brief");
        assertThat(brief.path("story").asText()).isEqualTo(storyId);
        assertThat(brief.path("article_count").asInt()).as("the wire copy is folded into its original").isEqualTo(3);
        assertThat(brief.path("source_count").asInt()).isEqualTo(4);
        assertThat(brief.path("brief").size()).isGreaterThanOrEqualTo(3);
        assertThat(brief.path("whats_new").path("reported_by").path(0).asText()).isEqualTo("Northern Courier");
        for (JsonNode sentence : brief.path("brief")) {
            for (JsonNode n : sentence.path("cites")) assertThat(n.asInt()).isBetween(1, brief.path("sources").size());
        }
        JsonNode compare = ready("/api/v1/stories/" + storyId + "/compare");
        assertThat(compare.path("source_names")).extracting(JsonNode::asText).contains("Bayside Herald", "Coastline Daily");
        assertThat(compare.path("only_some").toString()).contains("1,200 passengers");
        JsonNode timeline = ready("/api/v1/stories/" + storyId + "/timeline");
        assertThat(timeline.path("entries").size()).isGreaterThanOrEqualTo(3);
        assertThat(timeline.path("entries").path(0).path("when").asText()).startsWith("1998");
        JsonNode names = ready("/api/v1/stories/" + storyId + "/whoswho");
        assertThat(names.path("people").toString()).contains("Elena Ruiz", "Tomas Brandt");
        // once computed, results come from the store at once
        assertThat(json("/api/v1/stories/" + storyId + "/brief", 200).path("computed_at").asText()).isEqualTo(brief.path("computed_at").asText());
        // one form for every computed_at: ISO-8601 in UTC with milliseconds, as README says
        for (JsonNode r : List.of(brief, compare, timeline, names)) {
            assertThat(r.path("computed_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        }
    }

    @Test
    void askAnswersWithQuotesAndCitationsOrSaysItCannot() throws Exception {
        JsonNode a = json("/api/v1/stories/" + storyId + "/ask?q=" + q("How many passengers were stranded?"), 200);
        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("quotes").path(0).path("text").asText()).contains("1,200 passengers");
        int cite = a.path("quotes").path(0).path("cites").path(0).asInt();
        assertThat(a.path("sources").path(cite - 1).path("href").asText()).isEqualTo("/en/article/" + coastline.id());
        JsonNode no = json("/api/v1/stories/" + storyId + "/ask?q=" + q("Who won the football match?"), 200);
        assertThat(no.path("answered").asBoolean()).isFalse();
        assertThat(no.path("message").asText()).isEqualTo("The coverage does not answer this question.");
        assertThat(no.path("quotes").size()).isZero();
        // an article's question is answered from its whole story
        JsonNode fromArticle = json("/api/v1/articles/" + gazette.id() + "/ask?q=" + q("How much will the sea wall repairs cost?"), 200);
        assertThat(fromArticle.path("quotes").path(0).path("text").asText()).contains("$4.5 million");
        assertThat(json("/api/v1/stories/" + storyId + "/ask", 400).path("error").asText()).contains("Ask a question");
        assertThat(json("/api/v1/stories/" + storyId + "/ask?q=" + q("x".repeat(301)), 400).path("error").asText()).contains("300");
    }

    /** A question's length is counted in characters as a reader counts them: an emoji is one (two UTF-16 units). */
    @Test
    void aQuestionOfEmojiIsCountedByCharactersNotUtf16Units() throws Exception {
        String emoji = "\uD83D\uDE00"; // 😀, outside the Basic Multilingual Plane
        JsonNode asked = json("/api/v1/stories/" + storyId + "/ask?q=" + q("How many passengers " + emoji.repeat(160)), 200);
        assertThat(asked.path("question").asText()).as("the question is kept whole").endsWith(emoji.repeat(160));
        assertThat(json("/api/v1/articles/" + gazette.id() + "/ask?q=" + q(emoji.repeat(300)), 200).path("answered").asBoolean()).isFalse();
        String tooLong = json("/api/v1/stories/" + storyId + "/ask?q=" + q(emoji.repeat(301)), 400).path("error").asText();
        assertThat(tooLong).isEqualTo("That question is 301 characters long, more than 300; please shorten it.");
        // the page says the same, and what it says is true of what was typed
        Document page = Jsoup.parse(Http.get(base + "/en/story/" + storyId + "/ask?q=" + q("a".repeat(299) + emoji)).body());
        assertThat(page.select(".ai-refusal").text()).isNotEqualTo(tooLong).doesNotContain("longer than");
        Document over = Jsoup.parse(Http.get(base + "/en/story/" + storyId + "/ask?q=" + q("a".repeat(300) + emoji)).body());
        assertThat(over.select(".ai-refusal").text()).contains("301 characters");
    }

    @Test
    void unknownSubjectsAreNotFound() throws Exception {
        assertThat(json("/api/v1/articles/" + "0".repeat(32) + "/summary", 404).path("error").asText()).isNotBlank();
        assertThat(json("/api/v1/stories/nope/brief", 404).path("error").asText()).isNotBlank();
        assertThat(json("/api/v1/stories/" + "0".repeat(32) + "/ask?q=why", 404).path("error").asText()).isNotBlank();
        assertThat(Http.get(base + "/en/story/" + "0".repeat(32) + "/ai").statusCode()).isEqualTo(404);
    }

    @Test
    void questionsAreRateLimitedPerClient() throws Exception {
        String url = "http://127.0.0.1:" + strict.port() + "/api/v1/stories/" + storyId + "/ask?q=" + q("How many homes were evacuated?");
        assertThat(Http.get(url).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = Http.get(url);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isPositive();
        assertThat(limited.body()).contains("wait");
        // the other server's clients are not affected
        assertThat(Http.get(base + "/api/v1/stories/" + storyId + "/ask?q=" + q("How many homes were evacuated?")).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesShowThePanelFromTheCacheOrPreparingWithALinkThatWorksWithoutJavaScript() throws Exception {
        Document first = Jsoup.parse(Http.get(base + "/en/article/" + lonely.id()).body());
        var pending = first.selectFirst(".ai-panel .ai-pending");
        if (pending != null) {
            assertThat(pending.text()).contains("Preparing summary…");
            assertThat(pending.selectFirst("a").attr("href")).isEqualTo("/en/article/" + lonely.id() + "/ai");
            assertThat(pending.attr("data-ai-fragment")).isEqualTo("/en/article/" + lonely.id() + "/ai?part=body");
        }
        // the panel's own page waits for the results and shows them, no script needed
        Document page = Jsoup.parse(Http.get(base + "/en/article/" + lonely.id() + "/ai").body());
        assertThat(page.select(".ai-summary p").first().text()).contains("Orlport Lantern Festival");
        assertThat(page.select(".ai-summary a.cite").first().attr("href")).isEqualTo("/en/article/" + lonely.id());
        // now the article page itself renders the panel from the cache
        Document again = Jsoup.parse(Http.get(base + "/en/article/" + lonely.id()).body());
        assertThat(again.select(".ai-panel .ai-pending")).isEmpty();
        assertThat(again.select(".ai-panel .ai-summary").text()).contains("140 lanterns");
        assertThat(again.select(".ai-panel .ai-more")).as("no story, so no link to one").isEmpty();
        // an article in a story links to the story's brief
        Document inStory = Jsoup.parse(Http.get(base + "/en/article/" + courier.id()).body());
        assertThat(inStory.select(".ai-more a").attr("href")).isEqualTo("/en/story/" + storyId);
        // the question form works as a plain GET
        assertThat(inStory.selectFirst("form.ai-ask").attr("action")).isEqualTo("/en/article/" + courier.id() + "/ask");
        Document answer = Jsoup.parse(Http.get(base + "/en/article/" + courier.id() + "/ask?q=" + q("When will the ferry terminal reopen?")).body());
        assertThat(answer.select(".ai-answer blockquote").first().text()).contains("reopen on Monday");
        assertThat(answer.select(".ai-answer blockquote a.cite").first().attr("href")).startsWith("/en/article/");
        Document refused = Jsoup.parse(Http.get(base + "/en/story/" + storyId + "/ask?q=" + q("What did the prime minister say?")).body());
        assertThat(refused.select(".ai-refusal").text()).isEqualTo("The coverage does not answer this question.");
        // the panel's body for the script: 200 with the sections when ready
        HttpResponse<String> body = Http.get(base + "/en/story/" + storyId + "/ai?part=body");
        for (int i = 0; i < 100 && body.statusCode() == 202; i++) {
            Thread.sleep(100);
            body = Http.get(base + "/en/story/" + storyId + "/ai?part=body");
        }
        Document sections = Jsoup.parse(body.body());
        assertThat(sections.select(".ai-brief li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sections.select(".ai-timeline li")).isNotEmpty();
        assertThat(sections.select(".ai-compare").text()).contains("Only Coastline Daily");
        assertThat(sections.select(".ai-whoswho dt").eachText()).contains("Elena Ruiz", "Larkhaven Port Authority", "Larkhaven");
        assertThat(sections.select(".ai-new").text()).contains("Northern Courier");
    }

    @Test
    void inABrowserThePanelLoadsByItselfAndQuestionsAreAnsweredInPlace() {
        ChromeDriver browser = Browser.start(1280, 900, true);
        try {
            // a story nobody has opened yet: its panel starts in the preparing state and fills itself
            browser.get(base + "/en/story/" + lonely.id());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector(".ai-panel .ai-brief li")).isEmpty());
            assertThat(browser.findElements(By.cssSelector(".ai-panel .ai-pending"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector(".ai-panel .ai-brief")).getText()).contains("Orlport");

            browser.get(base + "/en/story/" + storyId);
            wait.until(d -> !d.findElements(By.cssSelector(".ai-panel .ai-brief li")).isEmpty());
            browser.findElement(By.id("ai-q")).sendKeys("How many passengers were stranded?");
            browser.findElement(By.cssSelector("form.ai-ask button")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#ai-answer blockquote")).isEmpty());
            assertThat(browser.getCurrentUrl()).as("answered in place").endsWith("/en/story/" + storyId);
            assertThat(browser.findElement(By.cssSelector("#ai-answer blockquote")).getText()).contains("1,200 passengers");
            browser.findElement(By.cssSelector("#ai-answer blockquote a.cite")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/en/article/" + coastline.id()));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withJavaScriptOffThePanelLinksToItsOwnPage() {
        ChromeDriver browser = Browser.start(1280, 900, false);
        try {
            browser.get(base + "/en/article/" + courier.id());
            if (!browser.findElements(By.cssSelector(".ai-pending")).isEmpty()) {
                browser.findElement(By.cssSelector(".ai-pending a")).click();
            }
            assertThat(browser.findElement(By.cssSelector(".ai-summary")).getText()).contains("reopen on Monday");
            browser.findElement(By.id("ai-q")).sendKeys("Who is Tomas Brandt?");
            browser.findElement(By.cssSelector("form.ai-ask button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/ask?q="));
            assertThat(browser.getCurrentUrl()).contains("/en/article/" + courier.id() + "/ask?q=");
            assertThat(browser.findElement(By.cssSelector(".ai-answer blockquote")).getText()).contains("chief engineer");
        } finally {
            browser.quit();
        }
    }
}
