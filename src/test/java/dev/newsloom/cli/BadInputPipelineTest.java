package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.testing.LoopbackServer;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of broken source at once, next to a healthy one: each broken source ends with a
 * readable reason recorded, the healthy one is ingested in full, and the process keeps going.
 */
class BadInputPipelineTest {
    @TempDir static Path dataDir;
    static LoopbackServer server;
    static Application app;
    static final CountDownLatch neverAnswer = new CountDownLatch(1);

    static final String GOOD_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Good Harbor Times</title><link>%1$s</link>
            <item><title>Lighthouse keepers vote to extend the autumn season</title><link>%1$s/a/one</link>
              <pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>Keepers voted on Monday.</description></item>
            <item><title>Ferry timetable changes after the storm in Port Caldera</title><link>%1$s/a/two</link>
              <pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate><description>New sailings from Friday.</description></item>
            </channel></rss>
            """;

    static String page(String title, String sentence) {
        return """
                <html><head><title>%1$s</title></head><body><nav><a href="/">Home</a></nav>
                <article><h1>%1$s</h1>
                <p>%2$s The decision followed a long meeting in the harbour hall, where members of the guild
                argued for an hour about lamps, rosters and the cost of winter fuel for the six towers.</p>
                <p>Supporters said the longer season keeps the coast safer for the fishing fleet, which now
                sails later into the year than it did a decade ago, according to the guild's own records.</p>
                <p>Opponents warned that the guild's budget would not stretch that far without help from the
                regional council, which has not yet said whether it will contribute to the extra weeks.</p>
                </article></body></html>
                """.formatted(title, sentence);
    }

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer();
        String base = server.url("");
        server.text("/good/feed.xml", "application/rss+xml", GOOD_FEED.formatted(base + "/good"))
              .text("/good/a/one", "text/html; charset=utf-8", page("Lighthouse keepers vote to extend the autumn season", "Keepers voted on Monday."))
              .text("/good/a/two", "text/html; charset=utf-8", page("Ferry timetable changes after the storm in Port Caldera", "New sailings from Friday."))
              .text("/malformed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><title>Broken</title><item><title>x</item></channel>")
              .text("/page.html", "text/html", "<html><head><title>Just a page</title></head><body><p>No feed here.</p></body></html>")
              .status("/gone.xml", 410)
              .status("/missing.xml", 404)
              .status("/error.xml", 500)
              .route("/hang.xml", ex -> {
                  try {
                      neverAnswer.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException ignored) {
                      Thread.currentThread().interrupt();
                  }
              })
              .route("/huge.xml", ex -> {
                  ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                  ex.sendResponseHeaders(200, 0);
                  try (OutputStream out = ex.getResponseBody()) {
                      byte[] chunk = "<!-- padding padding padding padding -->\n".repeat(100).getBytes();
                      for (int i = 0; i < 200; i++) out.write(chunk); // ~800 KB, over the test's 200 KB cap
                  } catch (java.io.IOException clientGaveUp) {
                      // expected: the fetcher stops reading at its cap
                  }
              })
              .route("/loop-a", ex -> { ex.getResponseHeaders().set("Location", base + "/loop-b"); ex.sendResponseHeaders(302, -1); ex.close(); })
              .route("/loop-b", ex -> { ex.getResponseHeaders().set("Location", base + "/loop-a"); ex.sendResponseHeaders(302, -1); ex.close(); })
              .text("/bomb.xml", "application/rss+xml", """
                      <?xml version="1.0"?>
                      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
                      <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
                      """);
        app = Application.open(dataDir);
        app.prepareIngestion(new FetcherConfig(Duration.ofSeconds(2), Duration.ofSeconds(2), 200_000, 5, 16, 2,
                "Newsloom-test"), Duration.ofHours(1)); // no schedule: the test drives refreshes
    }

    @AfterAll
    static void stop() {
        neverAnswer.countDown();
        if (app != null) app.close();
        if (server != null) server.close();
    }

    @Test
    void eachBrokenSourceRecordsItsReasonAndTheGoodOneIsIngested() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/malformed.xml", "");          // any one-line parse error
        expected.put("/page.html", "HTML page");
        expected.put("/gone.xml", "410");
        expected.put("/missing.xml", "404");
        expected.put("/error.xml", "500");
        expected.put("/hang.xml", "timed out");
        expected.put("/huge.xml", "cap");
        expected.put("/loop-a", "redirect");
        expected.put("/bomb.xml", "");
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String path : expected.keySet()) ids.put(path, app.sources().add(path, server.url(path), null).id());
        long good = app.sources().add("Good Harbor Times", server.url("/good/feed.xml"), null).id();

        for (var e : ids.entrySet()) {
            RefreshResult r = app.scheduler().refreshNow(e.getValue()).get(30, TimeUnit.SECONDS);
            assertThat(r.ok()).as(e.getKey()).isFalse();
            Source s = app.sources().find(e.getValue()).orElseThrow();
            assertThat(s.status()).as(e.getKey()).isEqualTo(SourceStatus.ERROR);
            assertThat(s.failures()).as(e.getKey()).isEqualTo(1);
            assertThat(s.lastError()).as(e.getKey()).isNotBlank().doesNotContain("\n").containsIgnoringCase(expected.get(e.getKey()));
            assertThat(s.nextFetchAt()).as(e.getKey()).isAfter(s.lastFetchedAt());
            assertThat(app.sources().recentAttempts(e.getValue(), 5)).as(e.getKey())
                    .singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo("error"));
        }
        assertThat(app.sources().find(ids.get("/bomb.xml")).orElseThrow().lastError()).doesNotContain("lollol");

        RefreshResult ok = app.scheduler().refreshNow(good).get(30, TimeUnit.SECONDS);
        assertThat(ok.error()).isNull();
        assertThat(ok.newArticles()).isEqualTo(2);
        Source gs = app.sources().find(good).orElseThrow();
        assertThat(gs.status()).isEqualTo(SourceStatus.OK);
        assertThat(gs.lastError()).isNull();
        assertThat(app.articles().countBySource(good)).isEqualTo(2);
        assertThat(app.articles().newest(10, 0)).extracting(a -> a.title())
                .containsExactly("Ferry timetable changes after the storm in Port Caldera",
                        "Lighthouse keepers vote to extend the autumn season");
        assertThat(app.index().search("lighthouse", 5)).hasSize(1);

        // a second failure of the same source backs off further
        app.scheduler().refreshNow(ids.get("/missing.xml")).get(30, TimeUnit.SECONDS);
        assertThat(app.sources().find(ids.get("/missing.xml")).orElseThrow().failures()).isEqualTo(2);
    }
}
