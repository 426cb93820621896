package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.testing.Browser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The pages as a reader sees them: rendered by headless Chromium, on a phone and on a desktop. */
class BrowserPagesTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    @TempDir static Path dir;
    static Database db;
    static dev.newsloom.search.ArticleIndex index;
    static WebServer web;
    static String base;
    static Article lead;

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        Source harbor = sources.add("Harbor Gazette", "http://127.0.0.1:1/feed.xml", null);
        String longWord = "Supercalifragilisticexpialidociouslylongcompoundwordwithoutanybreaks".repeat(3);
        lead = new Article(ArticleId.fromUrl("https://harbor.example/a/1"), harbor.id(), "https://harbor.example/a/1",
                "Council approves the new sea wall after a night-long session", "Ana Vel", NOW.minusSeconds(3600),
                NOW, "en", null, "Workers at the old wall. NEWSWIRE/Ana Vel", "NEWSWIRE",
                "The council voted 7 to 2 for the wall.\nConstruction starts in spring. " + longWord, false, List.of());
        articles.accept(lead);
        for (int i = 2; i <= 12; i++) {
            String url = "https://harbor.example/a/" + i;
            articles.accept(new Article(ArticleId.fromUrl(url), harbor.id(), url, "Harbor story number " + i, null,
                    NOW.minusSeconds(3600L * i), NOW, "en", null, null, null,
                    ("A sentence of story " + i + " that goes on for a while. ").repeat(12), false, List.of()));
        }
        index = dev.newsloom.search.ArticleIndex.open(dir.resolve("index"));
        for (Article a : articles.newest(100, 0)) index.upsert(a, "Harbor Gazette");
        index.commit();
        web = new WebServer(articles, sources, new dev.newsloom.store.TagRepository(db), index,
                new dev.newsloom.store.StoryRepository(db), new dev.newsloom.stories.StoryEngine(dev.newsloom.stories.StoryConfig.defaults(), null),
                Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    private static long scrollOverflow(ChromeDriver browser) {
        Object v = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) v).longValue();
    }

    @Test
    void onAPhoneNothingOverflowsAndTheArticleReadsTopToBottom() {
        ChromeDriver browser = Browser.start(375, 800, true);
        try {
            browser.get(base + "/");
            assertThat(browser.getTitle()).contains("Newsloom");
            List<WebElement> cards = browser.findElements(By.cssSelector("article.card"));
            assertThat(cards).hasSize(12);
            assertThat(scrollOverflow(browser)).isLessThanOrEqualTo(0);
            // the excerpt is clamped to two lines
            WebElement excerpt = browser.findElements(By.cssSelector("article.card .excerpt")).get(1);
            double lineHeight = Double.parseDouble(((String) browser.executeScript(
                    "return getComputedStyle(arguments[0]).lineHeight;", excerpt)).replace("px", ""));
            assertThat(excerpt.getSize().getHeight()).isLessThanOrEqualTo((int) Math.ceil(lineHeight * 2) + 1);

            cards.get(0).findElement(By.cssSelector("h2 a")).click();
            assertThat(browser.getCurrentUrl()).endsWith("/en/article/" + lead.id());
            assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(scrollOverflow(browser)).isLessThanOrEqualTo(0);
            int titleY = browser.findElement(By.tagName("h1")).getLocation().getY();
            int captionY = browser.findElement(By.tagName("figcaption")).getLocation().getY();
            int bodyY = browser.findElement(By.cssSelector(".story .body p")).getLocation().getY();
            assertThat(titleY).isLessThan(captionY);
            assertThat(captionY).isLessThan(bodyY);
            assertThat(browser.findElement(By.cssSelector("time")).getText()).isEqualTo("an hour ago");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchBoxSuggestsTitlesWhileTyping() {
        ChromeDriver browser = Browser.start(1280, 900, true);
        try {
            browser.get(base + "/");
            WebElement box = browser.findElement(By.id("site-q"));
            box.sendKeys("harbor sto");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#site-q-suggestions option")).isEmpty());
            List<String> options = browser.findElements(By.cssSelector("#site-q-suggestions option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertThat(options).isNotEmpty().allMatch(v -> v.startsWith("Harbor story number"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withJavaScriptOffThePagesAreComplete() {
        ChromeDriver browser = Browser.start(1280, 900, false);
        try {
            browser.get(base + "/en/article/" + lead.id());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(lead.title());
            assertThat(browser.findElements(By.cssSelector(".story .body p"))).hasSize(2);
            assertThat(browser.findElement(By.cssSelector(".more h2")).getText()).isEqualTo("More from Harbor Gazette");
            // the page is complete without its one optional script (search suggestions)
            assertThat(browser.findElements(By.tagName("script"))).allMatch(e -> e.getAttribute("src").startsWith(base + "/static/"));
            browser.get(base + "/no/such/page");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector("a.brand")).isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
    }
}
