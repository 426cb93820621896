package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.model.Source;
import dev.newsloom.testing.LoopbackServer;
import dev.newsloom.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * remove-source, pause-source, resume-source, rename-source and set-source-url, run beside a
 * serving process on the same data directory as an operator would (review 3, F-d).
 */
class SourceManagementTest {
    @TempDir Path dir;

    private static String rss(String title, String base, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>"
                + base + "/</link><description>d</description>");
        for (String item : items) {
            sb.append("<item><title>").append(item).append("</title><link>").append(base).append("/a/")
                    .append(Integer.toHexString(item.hashCode())).append("</link><description>").append(item)
                    .append(", the paper's correspondent reported on Monday, after weeks of talks in the town hall.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static void serve(LoopbackServer publisher, String path, String body, AtomicInteger hits) {
        publisher.route(path, ex -> {
            hits.incrementAndGet();
            LoopbackServer.respond(ex, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(100);
        }
    }

    @Test
    void anOperatorManagesSourcesWhileTheSiteRuns() throws Exception {
        Path data = dir.resolve("data");
        String d = data.toString();
        AtomicInteger amberHits = new AtomicInteger(), brackenHits = new AtomicInteger(), movedHits = new AtomicInteger();
        try (LoopbackServer publisher = new LoopbackServer(); Application app = Application.open(data)) {
            String base = publisher.url("");
            serve(publisher, "/amber.xml", rss("Amberley Post", base, "Amberley quillwort meadow is saved",
                    "Amberley bakers win a prize"), amberHits);
            serve(publisher, "/bracken.xml", rss("Brackenford Times", base, "Brackenford marshwort survey begins",
                    "Brackenford bridge reopens"), brackenHits);
            serve(publisher, "/bracken-new.xml", rss("Brackenford Times", base, "Brackenford harbour gets a new crane"), movedHits);
            app.startIngestion(FetcherConfig.defaults(), Duration.ofMillis(200));
            var web = app.startWeb("127.0.0.1", 0);
            WebClient site = new WebClient("http://127.0.0.1:" + web.port());

            assertThat(Cli.run("add-source", publisher.url("/amber.xml"), "--data-dir", d).out()).contains("Source 1: Amberley Post");
            // added without looking, it is called by its host until its first fetch tells the feed's own title
            assertThat(Cli.run("add-source", publisher.url("/bracken.xml"), "--no-check", "--data-dir", d).out()).contains("Source 2: 127.0.0.1");
            await("both sources are fetched", () -> app.articles().count() == 4);
            await("the source is named after its feed", () -> app.sources().find(2).orElseThrow().name().equals("Brackenford Times"));

            Cli.Run renamed = Cli.run("rename-source", "1", "Amberley Evening Post", "--data-dir", d);
            assertThat(renamed.out()).contains("Source 1, Amberley Post, is now called Amberley Evening Post.");
            assertThat(site.get("/sources").body()).contains("Amberley Evening Post").doesNotContain("Amberley Post<");

            Cli.Run paused = Cli.run("pause-source", "2", "--data-dir", d);
            assertThat(paused.exit()).as(paused.err()).isZero();
            assertThat(site.page("/sources").select("tr:contains(Brackenford) .status").text()).isEqualTo("paused");
            assertThat(Cli.run("sources", "--data-dir", d).out()).containsPattern("2 +paused");

            // the publisher moved its feed: re-pointed while paused, it is not fetched until resumed
            Cli.Run moved = Cli.run("set-source-url", "2", publisher.url("/bracken-new.xml"), "--data-dir", d);
            assertThat(moved.out()).contains("now reads " + publisher.url("/bracken-new.xml"));
            Thread.sleep(1000);
            assertThat(movedHits.get()).as("a paused source is not fetched").isZero();
            assertThat(Cli.run("resume-source", "2", "--data-dir", d).out()).contains("Resumed source 2, Brackenford Times");
            await("the new feed is read", () -> app.articles().countBySource(2) == 3);
            assertThat(app.sources().find(2).map(Source::feedUrl)).contains(publisher.url("/bracken-new.xml"));

            Cli.Run taken = Cli.run("set-source-url", "1", publisher.url("/bracken-new.xml"), "--data-dir", d);
            assertThat(taken.exit()).isEqualTo(1);
            assertThat(taken.err()).contains("is already source 2, Brackenford Times");

            // removed, its articles stay published under its name, but it is neither listed nor fetched
            String amberArticle = dev.newsloom.web.Paths.article(app.articles().bySource(1, 1, 0).get(0));
            Cli.Run removed = Cli.run("remove-source", "1", "--data-dir", d);
            assertThat(removed.out()).contains("Removed source 1, Amberley Evening Post").contains("its 2 article(s) stay published");
            assertThat(site.get("/sources").body()).doesNotContain("Amberley");
            assertThat(site.get("/api/v1/sources").body()).doesNotContain("Amberley");
            assertThat(site.get("/source/1").body()).contains("no longer follows this source");
            assertThat(site.get(amberArticle).statusCode()).isEqualTo(200);
            assertThat(Cli.run("export-opml", "--data-dir", d).out()).doesNotContain("amber.xml").contains("bracken-new.xml");
            int before = amberHits.get();
            app.scheduler().refreshNow(1).get();
            assertThat(amberHits.get()).as("a removed source is not fetched").isEqualTo(before);
            assertThat(Cli.run("add-source", publisher.url("/amber.xml"), "--data-dir", d).out())
                    .contains("removed earlier; it is subscribed again (with its 2 earlier article(s))");
            assertThat(site.get("/sources").body()).contains("Amberley Evening Post");

            // deleted with its articles: gone from the store at once and from the running server's search within seconds
            assertThat(app.index().search("marshwort", 10)).isNotEmpty();
            Cli.Run deleted = Cli.run("remove-source", "2", "--delete-articles", "--data-dir", d);
            assertThat(deleted.exit()).as(deleted.err()).isZero();
            assertThat(deleted.out()).contains("Deleted source 2, Brackenford Times, with its 3 article(s).");
            assertThat(app.articles().countBySource(2)).isZero();
            assertThat(app.sources().find(2)).isEmpty();
            await("search no longer finds the deleted articles", () -> app.index().search("marshwort", 10).isEmpty());
            assertThat(app.index().search("quillwort", 10)).as("the other source's articles stay").isNotEmpty();

            Cli.Run none = Cli.run("pause-source", "2", "--data-dir", d);
            assertThat(none.exit()).isEqualTo(1);
            assertThat(none.err()).contains("there is no source 2");
        }
        // restarted, the index agrees with the store without a rebuild
        try (Application app = Application.open(data)) {
            assertThat(app.index().count()).isEqualTo(app.articles().count()).isEqualTo(2);
        }
    }
}
