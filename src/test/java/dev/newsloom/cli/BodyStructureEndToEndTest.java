package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.model.Article;
import dev.newsloom.model.BlockKind;
import dev.newsloom.testing.Http;
import dev.newsloom.testing.LoopbackServer;
import dev.newsloom.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publisher's article with section headings, a bulleted and a numbered list and a quotation,
 * fetched over HTTP, extracted, stored in SQLite and shown by the site: the article page shows
 * the headings as headings and the items as lists, while the stored text that search, stories,
 * tags and the AI features read stays plain, one block per line.
 */
class BodyStructureEndToEndTest {
    static final String P1 = "The harbour council approved the new sea wall on Tuesday, after a debate that ran late into the night.";
    static final String P2 = "Construction starts in the spring and will take two years, the mayor said, adding that the cost was covered.";
    static final String P3 = "Residents of the lower town, flooded twice since 2019, welcomed the vote but asked for a faster schedule.";

    @TempDir Path dir;

    @Test
    void headingsAndListsTravelFromThePublishersPageToOurs() throws Exception {
        try (LoopbackServer server = new LoopbackServer(); Application app = Application.open(dir)) {
            server.route("/feed.xml", ex -> LoopbackServer.respond(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\"?>"
                    + "<rss version=\"2.0\"><channel><title>Harbor Gazette</title><link>" + server.url("/") + "</link>"
                    + "<description>d</description><item><title>Sea wall approved</title><link>" + server.url("/news/sea-wall")
                    + "</link><description>The council said yes.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
            server.route("/news/", ex -> LoopbackServer.respond(ex, 200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8)));
            long id = app.sources().add("Harbor Gazette", server.url("/feed.xml"), null).id();
            app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));
            assertThat(app.scheduler().refreshNow(id).get(60, TimeUnit.SECONDS).newArticles()).isEqualTo(1);

            Article stored = app.articles().bySource(id, 10, 0).get(0);
            assertThat(stored.paragraphs()).containsExactly(P1, "What the wall will cost", P2, "Twelve million for the footing",
                    "Four million for the gates", "The schedule", "1. Close the old gate", "2. Pour the footing",
                    "We waited twenty years for this vote.", P3);
            assertThat(stored.text()).doesNotContain("<").doesNotContain("h2");
            assertThat(stored.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING,
                    BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.SUBHEADING, BlockKind.NUMBERED_ITEM,
                    BlockKind.NUMBERED_ITEM, BlockKind.QUOTE, BlockKind.PARAGRAPH);

            WebServer web = app.startWeb("127.0.0.1", 0);
            var response = Http.get("http://127.0.0.1:" + web.port() + "/en/article/" + stored.id());
            assertThat(response.statusCode()).isEqualTo(200);
            Element body = Jsoup.parse(response.body()).selectFirst("article .body");
            assertThat(body).isNotNull();
            assertThat(body.select("h2").eachText()).containsExactly("What the wall will cost");
            assertThat(body.select("h3").eachText()).containsExactly("The schedule");
            assertThat(body.select("ul > li").eachText()).containsExactly("Twelve million for the footing", "Four million for the gates");
            // the number the text carries becomes the item's value, not a second number in front of it
            assertThat(body.select("ol > li").eachText()).containsExactly("Close the old gate", "Pour the footing");
            assertThat(body.select("ol > li").eachAttr("value")).containsExactly("1", "2");
            assertThat(body.select("blockquote > p").eachText()).containsExactly("We waited twenty years for this vote.");
            assertThat(body.select("> p").eachText()).containsExactly(P1, P2, P3);
            // the JSON API gives the same plain paragraphs and, beside them, what each one is
            String json = Http.get("http://127.0.0.1:" + web.port() + "/api/v1/articles/" + stored.id()).body();
            assertThat(json).contains("\"paragraph_kinds\":[\"paragraph\",\"heading\",\"paragraph\",\"list_item\",\"list_item\","
                    + "\"subheading\",\"numbered_item\",\"numbered_item\",\"quote\",\"paragraph\"]");
            // one list per run of items, in reading order
            List<String> order = body.children().stream().map(Element::normalName).toList();
            assertThat(order).containsExactly("p", "h2", "p", "ul", "h3", "ol", "blockquote", "p");
        }
    }

    static String page() {
        return "<!doctype html><html lang=en><head><title>Sea wall approved | Harbor Gazette</title></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news/\">News</a></li></ul></nav><main><article>"
                + "<h1>Sea wall approved</h1><p>" + P1 + "</p><h2>What the wall will cost</h2><p>" + P2 + "</p>"
                + "<ul><li>Twelve million for the footing</li><li>Four million for the gates</li></ul><h3>The schedule</h3>"
                + "<ol><li>Close the old gate</li><li>Pour the <em>footing</em></li></ol>"
                + "<blockquote><p>We waited twenty years for this vote.</p></blockquote><p>" + P3 + "</p></article></main>"
                + "<footer><p>Harbor Gazette, 1 Quay Street.</p></footer></body></html>";
    }
}
