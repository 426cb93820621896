package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.CommunityConfig;
import dev.newsloom.testing.Axe;
import dev.newsloom.testing.Browser;
import dev.newsloom.testing.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Readers as a person meets them, in headless Chromium: signing up, commenting, replying, editing,
 * reporting, moderating, following a hashtag and finding it in For you. Every page visited is
 * checked by axe-core (no serious or critical violations), for script that should not have run,
 * and for requests to anywhere but the site; each step leaves a screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunityBrowserTest {
    static final String PASSWORD = "a reader's long password";
    @TempDir static Path dir;
    static CommunitySite site;
    static ChromeDriver browser;
    static int shot;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults());
        browser = Browser.start(1280, 900, true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    /** Opens a page and checks what every page must be: nothing injected ran, nothing loaded from elsewhere. */
    static void open(String path) {
        browser.get(site.base + path);
        checkPage();
    }

    static void checkPage() {
        assertThat(browser.executeScript("return window.__pwned === undefined;")).as("injected script ran on " + browser.getCurrentUrl()).isEqualTo(true);
        // and not only because the CSP stopped it: no injected markup reached the page at all
        assertThat(browser.executeScript("return document.querySelectorAll('[onerror], [onload], [onmouseover], iframe, object, embed').length;"))
                .isEqualTo(0L);
        assertThat(browser.findElements(By.tagName("script"))).allMatch(e -> String.valueOf(e.getAttribute("src")).startsWith(site.base + "/static/"));
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(requests).as("requests from " + browser.getCurrentUrl())
                .allMatch(u -> u.startsWith(site.base + "/") || u.equals(CommunitySite.PUBLISHER_IMAGE));
        for (WebElement img : browser.findElements(By.tagName("img"))) {
            assertThat(img.getAttribute("loading")).isEqualTo("lazy");
            assertThat(img.getAttribute("referrerpolicy")).isEqualTo("no-referrer");
        }
    }

    static void accessible(String page) {
        List<Axe.Violation> violations = Axe.seriousViolations(browser);
        assertThat(violations).as("serious or critical accessibility violations on the " + page + " page").isEmpty();
    }

    static void screenshot(String name) {
        Screenshots.save(browser, String.format("community-%02d-%s", ++shot, name));
    }

    static void submit(WebElement form) {
        follow(form.findElement(By.cssSelector("button[type=submit]")));
    }

    /** Clicks something that loads another page, and waits until the old page is gone. */
    static void follow(WebElement clickable) {
        browser.executeScript("window.__oldPage = true;"); // gone once the next document has loaded
        clickable.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                Boolean.TRUE.equals(browser.executeScript("return window.__oldPage === undefined && document.readyState === 'complete';")));
        checkPage();
    }

    static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(by).isEmpty());
    }

    static void signUp(String name) {
        open("/");
        follow(browser.findElement(By.cssSelector("nav.account a[href^='/signup']")));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirm")).sendKeys(PASSWORD);
        submit(browser.findElement(By.cssSelector("form.account-form")));
        assertThat(browser.findElement(By.cssSelector("nav.account .me")).getText()).isEqualTo(name);
    }

    static void logOut() {
        follow(browser.findElement(By.cssSelector("nav.account form button")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("You are signed out.");
    }

    static void logIn(String name, String password) {
        open("/login");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.cssSelector("form.account-form")));
    }

    @Test
    @Order(1)
    void thePublicPagesAreAccessibleAndKeepPublishersScriptOut() {
        open("/");
        accessible("home");
        screenshot("home");
        // the check itself can fail: a button without a name is a critical violation
        browser.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<button></button>');");
        assertThat(Axe.seriousViolations(browser)).extracting(Axe.Violation::id).contains("button-name");
        open(site.articlePath(site.lead));
        assertThat(browser.findElement(By.cssSelector(".comments .empty")).getText()).isEqualTo("No comments yet.");
        accessible("article");
        screenshot("article");
        open(site.articlePath(site.hostile));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>");
        assertThat(browser.findElements(By.cssSelector("main iframe, main script"))).isEmpty();
        open(site.storyPath());
        accessible("story");
        screenshot("story");
        open("/en/hashtag/SeaWall");
        accessible("hashtag");
        screenshot("hashtag");
        open("/search?q=sea+wall");
        assertThat(browser.findElements(By.cssSelector("article.card"))).isNotEmpty();
        accessible("search");
        screenshot("search");
        open("/signup");
        accessible("sign-up");
        screenshot("signup");
    }

    @Test
    @Order(2)
    void aReaderSignsUpCommentsAndEditsAnotherRepliesAndReports() {
        // a hostile name is refused, shown back as text
        open("/signup");
        browser.findElement(By.id("name")).sendKeys("<img src=x onerror=window.__pwned=1>");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirm")).sendKeys(PASSWORD);
        submit(browser.findElement(By.cssSelector("form.account-form")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("letters and digits");
        accessible("sign-up with an error");

        signUp("Ana");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Welcome");
        assertThat((String) browser.executeScript("return document.cookie;")).as("the session cookie is HttpOnly").doesNotContain("nl_session");
        open(site.articlePath(site.lead));
        browser.findElement(By.id("comment-new")).sendKeys("Good to see the wall approved.\n\n<img src=x onerror=window.__pwned=1> is not a picture.");
        submit(browser.findElement(By.cssSelector("form.comment-form")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Your comment is posted.");
        WebElement mine = browser.findElement(By.cssSelector("ol.comment-list > li.comment"));
        assertThat(mine.findElement(By.cssSelector(".author")).getText()).isEqualTo("Ana");
        assertThat(mine.findElements(By.cssSelector(".comment-body p"))).hasSize(2);
        assertThat(mine.findElement(By.cssSelector(".comment-body")).getText()).contains("<img src=x onerror=window.__pwned=1>");
        mine.findElement(By.cssSelector("details.edit summary")).click();
        WebElement edit = mine.findElement(By.cssSelector("details.edit textarea"));
        edit.clear();
        edit.sendKeys("Good to see the wall approved at last.");
        submit(mine.findElement(By.cssSelector("details.edit form")));
        mine = browser.findElement(By.cssSelector("ol.comment-list > li.comment"));
        assertThat(mine.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo("Good to see the wall approved at last.");
        assertThat(mine.findElement(By.cssSelector(".edited")).getText()).isEqualTo("edited");
        accessible("article with comments");
        screenshot("commented");
        logOut();

        signUp("Bruno");
        open(site.articlePath(site.lead));
        WebElement anas = browser.findElement(By.cssSelector("ol.comment-list > li.comment"));
        anas.findElement(By.cssSelector("details.reply summary")).click();
        anas.findElement(By.cssSelector("details.reply textarea")).sendKeys("The cost worries me more.");
        submit(anas.findElement(By.cssSelector("details.reply form")));
        WebElement reply = browser.findElement(By.cssSelector("ol.comment-list > li.comment ol.replies > li.comment"));
        assertThat(reply.findElement(By.cssSelector(".author")).getText()).isEqualTo("Bruno");
        assertThat(reply.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo("The cost worries me more.");

        anas = browser.findElement(By.cssSelector("ol.comment-list > li.comment"));
        anas.findElement(By.cssSelector(":scope > .comment-actions details.report summary")).click();
        new Select(anas.findElement(By.cssSelector(":scope > .comment-actions select"))).selectByValue("off-topic");
        submit(anas.findElement(By.cssSelector(":scope > .comment-actions details.report form")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Thank you");
        browser.findElement(By.linkText("newest first")).click(); // same page, another order: no reload to wait for
        waitFor(By.cssSelector("ol.comment-list"));
        checkPage();
        screenshot("replied-and-reported");
        logOut();
    }

    @Test
    @Order(3)
    void aModeratorReviewsTheReportAndHidesTheComment() {
        logIn("Mona", CommunitySite.MOD_PASSWORD);
        follow(browser.findElement(By.cssSelector("nav.account a[href='/moderation']")));
        WebElement item = browser.findElement(By.cssSelector("section[aria-labelledby=reported-heading] li.mod-item"));
        assertThat(item.findElement(By.cssSelector(".report-lines")).getText()).contains("off-topic (Bruno");
        accessible("moderation");
        screenshot("moderation-queue");
        item.findElement(By.cssSelector("input[name=reason]")).sendKeys("off-topic");
        submit(item.findElement(By.cssSelector("form[action$='/hide']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Done.");
        WebElement logRow = browser.findElement(By.cssSelector("table.mod-log tbody tr"));
        assertThat(logRow.getText()).contains("Mona").contains("hide").contains("by Ana").contains("off-topic");
        WebElement words = browser.findElement(By.id("word"));
        words.sendKeys("miracle cure");
        submit(words.findElement(By.xpath("./ancestor::form")));
        assertThat(browser.findElement(By.cssSelector(".chips.words")).getText()).contains("miracle cure");
        accessible("moderation after actions");
        screenshot("moderation-done");

        open(site.articlePath(site.lead));
        WebElement gone = browser.findElement(By.cssSelector("ol.comment-list > li.comment"));
        assertThat(gone.findElement(By.cssSelector(".comment-gone")).getText()).isEqualTo("This comment was removed by a moderator.");
        assertThat(gone.findElement(By.cssSelector("ol.replies .comment-body")).getText()).isEqualTo("The cost worries me more.");
        logOut();
    }

    @Test
    @Order(4)
    void aReaderFollowsAHashtagAndFindsItInForYou() {
        logIn("Bruno", PASSWORD);
        open("/for-you");
        assertThat(browser.findElement(By.cssSelector("main .empty")).getText()).startsWith("You follow nothing yet.");
        open("/en/hashtag/Ferries");
        follow(browser.findElement(By.cssSelector("form.follow button")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Followed");
        assertThat(browser.findElement(By.cssSelector("form.follow .following")).getText()).isEqualTo("You follow #Ferries.");
        follow(browser.findElement(By.cssSelector("nav.account a[href='/for-you']")));
        assertThat(browser.findElements(By.cssSelector(".for-you-item h2")).stream().map(WebElement::getText).toList())
                .containsExactly("Ferry timetable changes on Monday");
        assertThat(browser.findElement(By.cssSelector(".for-you-item .because")).getText()).contains("#Ferries");
        accessible("For you");
        screenshot("for-you");
        open("/settings");
        accessible("settings");
        screenshot("settings");

        // on a phone the signed-in header and the comment forms fit the screen
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        try {
            open(site.articlePath(site.lead));
            assertThat(((Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue()).isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.id("comment-new")).getSize().getWidth()).isLessThanOrEqualTo(375);
            screenshot("article-on-a-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
