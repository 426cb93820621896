package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.CommunityConfig;
import dev.newsloom.testing.Axe;
import dev.newsloom.testing.Browser;
import dev.newsloom.testing.Screenshots;
import dev.newsloom.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/** The moderation page on a 390 px phone in headless Chromium: the log reads in whole words and fits the screen. */
class ModerationLogBrowserTest {
    static final String PASSWORD = "reader password 1";
    /** Every word of the log's visible cells that the browser laid out over more than one line. */
    static final String BROKEN_WORDS = """
            const broken = [];
            for (const cell of document.querySelectorAll('table.mod-log th, table.mod-log td, table.bans th, table.bans td')) {
              if (cell.getBoundingClientRect().width <= 1) continue; // a header kept for screen readers only
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(/\\S+/g)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(m[0]);
                }
              }
            }
            return broken;""";
    @TempDir static Path dir;
    static CommunitySite site;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults().withSignupsPerAddress(1000).withCommentsPerBurst(100));
        WebClient author = new WebClient(site.base);
        author.post("/signup", Map.of("_csrf", author.csrf("/signup"), "name", "Deal_Poster", "password", PASSWORD, "confirm", PASSWORD, "next", "/"));
        String csrf = CommunitySite.sessionCsrf(author);
        for (String body : List.of("Cheap deals at www.deals.example", "Even cheaper at www.deals.example")) {
            assertThat(author.post("/comments", Map.of("_csrf", csrf, "kind", "article", "target", site.lead.id(), "body", body)).statusCode())
                    .isEqualTo(303);
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void onAPhoneTheModerationLogReadsInWholeWords() {
        WebClient mod = new WebClient(site.base);
        assertThat(mod.post("/login", Map.of("_csrf", mod.csrf("/login"), "name", "Mona", "password", CommunitySite.MOD_PASSWORD))
                .statusCode()).isEqualTo(303);
        var queue = mod.page("/moderation");
        String csrf = queue.select("input[name=_csrf]").first().attr("value");
        List<String> ids = queue.select("section[aria-labelledby=held-heading] li.mod-item").eachAttr("id");
        assertThat(ids).hasSize(2);
        String first = ids.get(0).replace("mod-", ""), second = ids.get(1).replace("mod-", "");
        for (HttpResponse<String> r : List.of(
                mod.post("/moderation/comments/" + first + "/restore", Map.of("_csrf", csrf)),
                mod.post("/moderation/comments/" + first + "/hide", Map.of("_csrf", csrf, "reason", "advertising a shop, twice")),
                mod.post("/moderation/comments/" + second + "/delete", Map.of("_csrf", csrf, "reason", "spam")),
                mod.post("/moderation/words", Map.of("_csrf", csrf, "word", "cheap deals")),
                mod.post("/moderation/ban", Map.of("_csrf", csrf, "name", "Deal_Poster", "reason", "Posts links to www.deals.example everywhere",
                        "hide", "yes")))) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        }

        ChromeDriver browser = Browser.start(390, 844, true);
        try {
            browser.get(site.base + "/login");
            browser.manage().addCookie(new Cookie(CommunityWeb.SESSION_COOKIE, mod.cookies.get(CommunityWeb.SESSION_COOKIE)));
            browser.get(site.base + "/moderation#log-heading");
            assertThat(browser.getTitle()).startsWith("Moderation");
            assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("table.mod-log tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) browser.executeScript(BROKEN_WORDS);
            Screenshots.save(browser, "moderation-log-390");
            assertThat(broken).as("words split over two lines in the moderation log or bans at 390 px").isEmpty();
            assertThat(((Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue()).isLessThanOrEqualTo(0);
            // each entry's cells still say what they are
            assertThat((String) browser.executeScript(
                    "return getComputedStyle(document.querySelector('table.mod-log td[data-label=Action]'), '::before').content;"))
                    .isEqualTo("\"Action\"");
            assertThat(Axe.seriousViolations(browser)).as("accessibility of the moderation page at 390 px").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
