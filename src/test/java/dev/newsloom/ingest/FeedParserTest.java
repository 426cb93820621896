package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.model.FeedItem;
import dev.newsloom.model.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private ParsedFeed parse(String name, String contentType, String base) throws Exception {
        return parser.parse(fixture(name), contentType, base == null ? null : URI.create(base));
    }

    @Test
    void rss2DecodesEntitiesAndUsesContentEncodedAsContent() throws Exception {
        ParsedFeed feed = parse("rss2-content-encoded.xml", "application/rss+xml", "https://courier.quillmoor.test/feed.xml");

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("The Quillmoor Courier & Gazette");
        assertThat(feed.link()).isEqualTo("https://courier.quillmoor.test/");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.items()).hasSize(2);

        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Tom & Jerry\u2019s bakery wins the county loaf prize");
        assertThat(first.link()).isEqualTo("https://courier.quillmoor.test/2026/11/bakery-loaf-prize");
        assertThat(first.id()).isEqualTo("quillmoor-courier-8841");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(first.author()).isEqualTo("Mara Thistlewood");
        assertThat(first.categories()).containsExactly("Food", "Local business");
        assertThat(first.summary()).isEqualTo("The judges tasted forty loaves & picked one.");
        assertThat(first.content())
                .contains("<a href=\"https://courier.quillmoor.test/tags/bakeries\"")
                .contains("<img src=\"https://courier.quillmoor.test/img/loaf.jpg\"")
                .contains("Mill Lane bakery");

        FeedItem second = feed.items().get(1);
        assertThat(second.title()).isEqualTo("Ferry timetable returns to winter hours");
        assertThat(second.id()).isEqualTo("https://courier.quillmoor.test/?p=8842");
        assertThat(second.published()).isEqualTo(Instant.parse("2026-11-24T06:15:00Z"));
        assertThat(second.author()).isEqualTo("Ivo Penhallow");
        assertThat(second.summary()).isEqualTo("Sailings drop to four a day from Monday.");
        assertThat(second.content()).as("plain description is no content").isNull();
    }

    @Test
    void aPermalinkGuidStandsInForAMissingLinkAndRelativeLinksUseTheFeedUrl() throws Exception {
        String rss = """
                <rss version="2.0"><channel><title>Dunmere Notes</title>
                <item><title>One</title><guid>https://notes.dunmere.test/one</guid></item>
                <item><title>Two</title><link>two.html</link></item>
                </channel></rss>
                """;
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URI.create("https://notes.dunmere.test/feeds/all.xml"));

        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://notes.dunmere.test/one", "https://notes.dunmere.test/feeds/two.html");
        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("https://notes.dunmere.test/one", null);
    }

    @Test
    void rss1RdfWithDublinCore() throws Exception {
        ParsedFeed feed = parse("rss1-rdf.xml", "application/rdf+xml", "https://almanac.fernhollow.test/rss");

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.title()).isEqualTo("Fernhollow Almanac");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Spring tides expected along the north shore");
            assertThat(item.link()).isEqualTo("https://almanac.fernhollow.test/tides/2026-11-24");
            assertThat(item.id()).isEqualTo("https://almanac.fernhollow.test/tides/2026-11-24");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
            assertThat(item.author()).isEqualTo("Odile Marchbank");
            assertThat(item.categories()).containsExactly("Tides");
            assertThat(item.summary()).isEqualTo("High water at 06:12 and 18:40.");
        });
    }

    @Test
    void rss091() throws Exception {
        ParsedFeed feed = parse("rss091.xml", "text/xml", null);

        assertThat(feed.format()).isEqualTo("rss_0.91");
        assertThat(feed.language()).isEqualTo("en-us");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Hall roof repairs begin in December");
            assertThat(item.link()).isEqualTo("http://notes.brackenridge.test/notice/roof");
            assertThat(item.published()).isNull();
        });
    }

    @Test
    void atomResolvesRelativeLinksAgainstXmlBaseAndKeepsHtmlAndXhtmlContent() throws Exception {
        ParsedFeed feed = parse("atom10-xmlbase.xml", "application/atom+xml", "https://elsewhere.test/feeds/lantern");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.title()).isEqualTo("Le Lanterne d\u2019Oakhaven");
        assertThat(feed.link()).isEqualTo("https://lantern.oakhaven.test/news/");
        assertThat(feed.language()).isEqualTo("fr-CA");

        FeedItem lamps = feed.items().get(0);
        assertThat(lamps.title()).isEqualTo("Market square gets new lamps");
        assertThat(lamps.link()).isEqualTo("https://lantern.oakhaven.test/news/2026/lamps");
        assertThat(lamps.id()).isEqualTo("tag:lantern.oakhaven.test,2026:lamps");
        assertThat(lamps.published()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(lamps.updated()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(lamps.author()).isEqualTo("Celeste Varga");
        assertThat(lamps.categories()).containsExactly("Town hall", "lighting");
        assertThat(lamps.summary()).isEqualTo("Twelve lamps replace the old gas fittings.");
        assertThat(lamps.content())
                .contains("href=\"https://lantern.oakhaven.test/archive/lamps-plan\"")
                .contains("src=\"https://lantern.oakhaven.test/news/img/lamp.png\"");

        FeedItem derby = feed.items().get(1);
        assertThat(derby.title()).as("type text is literal").isEqualTo("A < B: the derby result");
        assertThat(derby.link()).isEqualTo("https://lantern.oakhaven.test/sport/derby-result");
        assertThat(derby.author()).as("falls back to the feed author").isEqualTo("Newsroom");
        assertThat(derby.published()).isNull();
        assertThat(derby.updated()).isEqualTo(Instant.parse("2026-11-22T21:30:00Z"));
        assertThat(derby.content())
                .contains("<em>Oakhaven Rovers</em>")
                .contains("2\u20131")
                .contains("href=\"https://lantern.oakhaven.test/sport/table\"");
    }

    @Test
    void jsonFeed11() throws Exception {
        ParsedFeed feed = parse("jsonfeed11.json", "application/feed+json", "https://ledger.saltmarsh.test/feed.json");

        assertThat(feed.format()).isEqualTo("json_feed_1.1");
        assertThat(feed.title()).isEqualTo("Saltmarsh Ledger");
        assertThat(feed.link()).isEqualTo("https://ledger.saltmarsh.test/");
        assertThat(feed.language()).isEqualTo("en-AU");
        assertThat(feed.items()).hasSize(2);

        FeedItem oysters = feed.items().get(0);
        assertThat(oysters.id()).isEqualTo("ledger-2026-0412");
        assertThat(oysters.link()).isEqualTo("https://ledger.saltmarsh.test/2026/11/oyster-season");
        assertThat(oysters.published()).isEqualTo(Instant.parse("2026-11-23T23:30:00Z"));
        assertThat(oysters.updated()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(oysters.author()).isEqualTo("Priya Halloran");
        assertThat(oysters.categories()).containsExactly("Fishing", "Economy");
        assertThat(oysters.summary()).isEqualTo("Growers reported record sizes & prices.");
        assertThat(oysters.content()).contains("<strong>record</strong>")
                .contains("href=\"https://ledger.saltmarsh.test/growers\"")
                .doesNotContain("script").doesNotContain("alert");

        FeedItem gauge = feed.items().get(1);
        assertThat(gauge.id()).isEqualTo("4413");
        assertThat(gauge.link()).isEqualTo("https://ledger.saltmarsh.test/2026/11/tide-gauge");
        assertThat(gauge.published()).as("bad date tolerated").isNull();
        assertThat(gauge.author()).isEqualTo("Ledger staff");
        assertThat(gauge.content()).isEqualTo("<p>The gauge reports every minute.</p><p>Data will be public.</p>");
    }

    @Test
    void jsonFeedIsRecognisedByItsOpeningBraceWhateverTheContentType() throws Exception {
        String json = """
                {"version": "https://jsonfeed.org/version/1", "title": "Plain", "author": {"name": "Old Style"},
                 "items": [{"id": "1", "url": "https://plain.test/1", "content_text": "Hello"}]}
                """;
        ParsedFeed feed = parser.parse(json.getBytes(StandardCharsets.UTF_8), "text/plain", null);
        assertThat(feed.format()).isEqualTo("json_feed_1.0");
        assertThat(feed.items()).singleElement().satisfies(i -> assertThat(i.author()).isEqualTo("Old Style"));
    }

    @Test
    void scriptsStylesAndEventHandlersAreSanitizedAway() throws Exception {
        ParsedFeed feed = parse("hostile-content.xml", "application/rss+xml", null);

        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Quarry reopens");
        assertThat(item.content())
                .contains("<b>reopened</b>")
                .contains("<img src=\"https://dispatch.cinderfell.test/q.jpg\">")
                .contains("Workers return on Monday.")
                .doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("iframe")
                .doesNotContain("evil.test");
    }

    @Test
    void badDatesBecomeNullWithoutLosingTheItem() throws Exception {
        ParsedFeed feed = parse("bad-dates.xml", "application/rss+xml", null);

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Nonsense date", "Empty date", "Good date");
        assertThat(feed.items()).extracting(FeedItem::published)
                .containsExactly(null, null, Instant.parse("2026-11-23T12:00:00Z"));
    }

    @Test
    void utf8WithByteOrderMarkDecodesNonAscii() throws Exception {
        ParsedFeed feed = parse("utf8-bom.xml", "application/rss+xml", null);

        assertThat(feed.title()).isEqualTo("Gazette de Sainte-\u00c9lo\u00efse");
        assertThat(feed.items().get(0).title())
                .isEqualTo("Cr\u00e8me br\u00fbl\u00e9e: la f\u00eate du village attire 3 000 visiteurs \u2014 \u00abrecord\u00bb");
        assertThat(feed.items().get(0).summary()).isEqualTo("Un \u00e9t\u00e9 r\u00e9ussi \u00e0 Z\u00fcrich-sur-Mer.");
    }

    @Test
    void iso88591DeclaredInThePrologDecodesNonAscii() throws Exception {
        // the bare text/xml type must not force US-ASCII over the document's own declaration
        ParsedFeed feed = parse("latin1.xml", "text/xml", null);

        assertThat(feed.items().get(0).title()).isEqualTo("Sm\u00f8rrebr\u00f8d-festival i \u00c5rhus f\u00e5r ny plads");
        assertThat(feed.items().get(0).summary()).isEqualTo("Caf\u00e9 owners say: tr\u00e8s bien, \u00a1ol\u00e9!");
    }

    @Test
    void windows1252BytesDeclaredAsUtf8AreStillRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 Gazette</title>"
                + "<link>https://cafe.example/</link><item><title>Cr\u00e8me caf\u00e9 \u2013 the na\u00efve fa\u00e7ade</title>"
                + "<link>https://cafe.example/a</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "application/rss+xml; charset=utf-8", null);
        assertThat(feed.title()).isEqualTo("Caf\u00e9 Gazette");
        assertThat(feed.items().get(0).title()).isEqualTo("Cr\u00e8me caf\u00e9 \u2013 the na\u00efve fa\u00e7ade");
    }

    @Test
    void utf8BytesDeclaredAsLatin1AreReadAsUtf8() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>\u00c5rhus Posten</title>"
                + "<link>https://aarhus.example/</link><item><title>Sm\u00f8rrebr\u00f8d \u2014 \u201cbest\u201d</title>"
                + "<link>https://aarhus.example/a</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "text/xml", null);
        assertThat(feed.title()).isEqualTo("\u00c5rhus Posten");
        assertThat(feed.items().get(0).title()).isEqualTo("Sm\u00f8rrebr\u00f8d \u2014 \u201cbest\u201d");
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedWithoutExpanding() throws Exception {
        assertThatThrownBy(() -> parse("billion-laughs.xml", "application/rss+xml", null))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("lollol")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    @Timeout(10)
    void externalEntitiesAreRefusedAndNeverRead() throws Exception {
        assertThatThrownBy(() -> parse("xxe.xml", "application/rss+xml", null))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void anHtmlPageIsNotAFeed() throws Exception {
        assertThatThrownBy(() -> parse("page.html", "text/html; charset=utf-8", "https://herald.hollinbay.test/"))
                .isExactlyInstanceOf(NotAFeedException.class)
                .hasMessageContaining("HTML page");
        // known by its opening even when the server calls it XML
        assertThatThrownBy(() -> parse("page.html", "application/xml", null)).isExactlyInstanceOf(NotAFeedException.class);
    }

    @Test
    void aFeedServedAsTextHtmlIsStillAFeed() throws Exception {
        assertThat(parse("rss091.xml", "text/html", null).items()).hasSize(1);
    }

    @Test
    void emptyBodyHasAClearReason() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "application/rss+xml", null))
                .isInstanceOf(FeedException.class).hasMessage("not a feed: the body is empty");
        assertThatThrownBy(() -> parser.parse(" \n\t ".getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(FeedException.class).hasMessage("not a feed: the body is empty");
    }

    @Test
    void truncatedXmlSaysWhereItBroke() {
        assertThatThrownBy(() -> parse("truncated.xml", "application/rss+xml", null))
                .isInstanceOf(FeedException.class)
                .isNotInstanceOf(NotAFeedException.class)
                .hasMessageStartingWith("malformed XML at line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void garbageAndNonFeedXmlAndBrokenJsonHaveOneLineReasons() {
        assertThatThrownBy(() -> parser.parse("hello, this is not a feed".getBytes(StandardCharsets.UTF_8), "text/plain", null))
                .isInstanceOf(FeedException.class).hasMessageContaining("neither XML nor JSON");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = (byte) 0x8f; // not the start of anything the sniffer knows
        assertThatThrownBy(() -> parser.parse(noise, "application/octet-stream", null))
                .isInstanceOf(FeedException.class)
                .hasMessage("not a feed: the body is neither XML nor JSON (binary data, 4096 bytes, Content-Type application/octet-stream)");
        assertThatThrownBy(() -> parser.parse("<?xml version=\"1.0\"?><inventory><box/></inventory>".getBytes(StandardCharsets.UTF_8), "application/xml", null))
                .isInstanceOf(FeedException.class).hasMessageContaining("<inventory>");
        assertThatThrownBy(() -> parser.parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".getBytes(StandardCharsets.UTF_8), "application/feed+json", null))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> parser.parse("{\"users\": []}".getBytes(StandardCharsets.UTF_8), "application/json", null))
                .isInstanceOf(FeedException.class).hasMessageContaining("JSON Feed");
    }
}
