package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Source;
import dev.newsloom.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed with more new items than one refresh takes is drained over the next refreshes, not stalled by 304s. */
class RefreshCapTest {
    @TempDir Path dir;

    @Test
    void aCappedRefreshDoesNotKeepTheEtagAndTheRestArrivesNextTime() throws Exception {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title><link>https://big.example/</link><description>d</description>");
        for (int i = 0; i < 150; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><link>LINK/a/").append(i).append("</link><description>Summary of item ")
                    .append(i).append(", which is short.</description></item>");
        }
        rss.append("</channel></rss>");
        try (LoopbackServer server = new LoopbackServer(); Application app = Application.open(dir)) {
            String feed = rss.toString().replace("LINK", server.url(""));
            server.route("/feed.xml", ex -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                LoopbackServer.respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
            });
            server.route("/a/", ex -> LoopbackServer.respond(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
            long id = app.sources().add("Big", server.url("/feed.xml"), null).id();
            app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));

            RefreshResult first = app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS);
            assertThat(first.newArticles()).isEqualTo(100);
            Source afterFirst = app.sources().find(id).orElseThrow();
            assertThat(afterFirst.etag()).isNull();
            assertThat(afterFirst.nextFetchAt()).isBefore(Instant.now().plusSeconds(60));

            RefreshResult second = app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS);
            assertThat(second.newArticles()).isEqualTo(50);
            assertThat(app.sources().find(id).orElseThrow().etag()).isEqualTo("\"v1\"");
            RefreshResult third = app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS);
            assertThat(third.notModified()).isTrue();
            assertThat(app.articles().count()).isEqualTo(150);
            // pages that failed to load still gave articles, from the feed, marked as excerpts
            assertThat(app.articles().newest(1, 0).get(0).excerptOnly()).isTrue();
        }
    }
}
