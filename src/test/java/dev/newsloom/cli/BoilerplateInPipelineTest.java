package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.extract.LearnedBoilerplate;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.model.Article;
import dev.newsloom.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingestion pipeline learns each source's boilerplate: a sign-off under every article of one
 * publisher, which no generic pattern knows, leaves the stored text once it has support, and the
 * article's own paragraphs never do.
 */
class BoilerplateInPipelineTest {
    static final String SIGN_OFF = "Harbor Ledger reporters walk the quays every morning so that you do not have to.";
    static final String[] TOPICS = {"ferry", "budget", "school", "bridge", "storm", "market", "museum", "railway", "court",
            "festival", "hospital", "pier", "tender", "union", "wind farm"};

    @TempDir Path dir;

    @Test
    void aSignOffUnderEveryArticleIsLearnedPerSourceAndRemoved() throws Exception {
        AtomicInteger items = new AtomicInteger(10);
        try (LoopbackServer server = new LoopbackServer(); Application app = Application.open(dir)) {
            server.route("/feed.xml", ex -> LoopbackServer.respond(ex, 200, "application/rss+xml",
                    feed(server.url(""), items.get()).getBytes(StandardCharsets.UTF_8)));
            server.route("/a/", ex -> {
                int n = Integer.parseInt(ex.getRequestURI().getPath().substring(3));
                LoopbackServer.respond(ex, 200, "text/html; charset=utf-8", page(n).getBytes(StandardCharsets.UTF_8));
            });
            long id = app.sources().add("Harbor Ledger", server.url("/feed.xml"), null).id();
            app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));

            assertThat(app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS).newArticles()).isEqualTo(10);
            List<Article> first = app.articles().bySource(id, 100, 0);
            for (Article a : first) {
                int n = Integer.parseInt(a.url().substring(a.url().lastIndexOf('/') + 1));
                assertThat(a.text()).contains(paragraph(n, 0)).contains(paragraph(n, 1)).contains(paragraph(n, 2));
            }
            // pages are extracted in parallel: the line stays in the first articles, until it has support
            long withSignOff = first.stream().filter(a -> a.text().contains(SIGN_OFF)).count();
            assertThat(withSignOff).isEqualTo(LearnedBoilerplate.MIN_ARTICLES - 1);

            items.set(13);
            assertThat(app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS).newArticles()).isEqualTo(3);
            assertThat(app.articles().bySource(id, 100, 0)).hasSize(13)
                    .filteredOn(a -> a.text().contains(SIGN_OFF)).hasSize(LearnedBoilerplate.MIN_ARTICLES - 1);
            assertThat(new LearnedBoilerplate(app.sources().boilerplate()).learned(id, 5))
                    .singleElement().satisfies(l -> assertThat(l.text()).isEqualTo(SIGN_OFF));
        }
    }

    static String feed(String base, int items) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Ledger</title>"
                + "<link>" + base + "/</link><description>d</description>");
        for (int i = 0; i < items; i++) {
            rss.append("<item><title>Harbor story ").append(i).append("</title><link>").append(base).append("/a/").append(i)
                    .append("</link><description>Summary of story ").append(i).append(".</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    static String paragraph(int article, int k) {
        String topic = TOPICS[(article * 3 + k) % TOPICS.length];
        return "Story " + article + " part " + k + ": the council discussed the " + topic + " again on Tuesday, and members "
                + "asked for figures before the next vote, which is due in " + (article + k + 2) + " weeks.";
    }

    static String page(int n) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><title>Harbor story " + n + " | Harbor Ledger</title>"
                + "</head><body><main><article><h1>Harbor story " + n + "</h1>");
        for (int k = 0; k < 3; k++) html.append("<p>").append(paragraph(n, k)).append("</p>");
        return html.append("<p>").append(SIGN_OFF).append("</p></article></main></body></html>").toString();
    }
}
