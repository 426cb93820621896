package dev.newsloom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The newsroom over real HTTP on loopback, read with the JDK's own client and XML parser. */
class NewsroomServerTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static NewsroomServer server;

    @BeforeAll
    static void start() {
        server = NewsroomServer.start(new Newsroom(42), NewsroomOptions.manual());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void backfillIsPublishedWithPastTimestamps() {
        List<DemoArticle> published = server.published();
        assertThat(published).hasSizeGreaterThan(150);
        Instant now = Instant.now();
        assertThat(published).allSatisfy(a -> assertThat(a.published())
                .isBeforeOrEqualTo(now).isAfter(now.minus(Duration.ofHours(49))));
        assertThat(server.remaining()).isGreaterThan(100);
        assertThat(server.byPath(published.get(3).path())).contains(published.get(3));
        assertThat(server.feedUris()).hasSize(server.publishers().size())
                .allSatisfy((slug, uri) -> assertThat(uri.toString()).startsWith("http://127.0.0.1:"));
    }

    @Test
    void everyFeedParsesAndLinksToLivePages() throws Exception {
        for (Publisher p : server.publishers()) {
            URI feedUri = feedOf(p);
            HttpResponse<byte[]> feed = get(feedUri, Map.of());
            assertThat(feed.statusCode()).as(feedUri.toString()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith(p.feedFormat().mediaType());
            List<String> links = itemLinks(p.feedFormat(), feed.body());
            long own = server.published().stream().filter(a -> a.publisherSlug().equals(p.slug())).count();
            assertThat(links).as(p.slug()).hasSize((int) Math.min(30, own)).doesNotHaveDuplicates();
            for (String link : links.subList(0, 3)) {
                HttpResponse<byte[]> page = get(URI.create(link), Map.of());
                assertThat(page.statusCode()).as(link).isEqualTo(200);
                DemoArticle truth = server.byPath(URI.create(link).getPath()).orElseThrow();
                String html = new String(page.body(), Charset.forName(p.charset()));
                assertThat(html).contains(NewsroomTest.escape(truth.paragraphs().get(0)));
            }
        }
    }

    @Test
    void theDiscoveryPublisherAdvertisesItsHomePage() throws Exception {
        Publisher p = server.publishers().stream().filter(Publisher::feedIsHomePage).findFirst().orElseThrow();
        HttpResponse<byte[]> home = get(server.feedUris().get(p.slug()), Map.of());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(new String(home.body(), StandardCharsets.UTF_8))
                .containsPattern("<link rel=\"alternate\" type=\"application/rss\\+xml\"[^>]*href=\"[^\"]+\"");
    }

    @Test
    void aPublishedArticleAppearsAtTheTopOfItsFeed() throws Exception {
        DemoArticle fresh = server.publishNext().orElseThrow();
        assertThat(server.published()).last().isEqualTo(fresh);
        Publisher p = server.publishers().stream().filter(x -> x.slug().equals(fresh.publisherSlug())).findFirst().orElseThrow();
        List<String> links = itemLinks(p.feedFormat(), get(server.baseUri().resolve(p.feedPath()), Map.of()).body());
        assertThat(links.get(0)).isEqualTo(fresh.url(server.baseUri()).toString());
        assertThat(get(fresh.url(server.baseUri()), Map.of()).statusCode()).isEqualTo(200);
        assertThat(fresh.published()).isCloseTo(Instant.now(), within());
    }

    @Test
    void feedsRevalidateWithEtagAndLastModified() throws Exception {
        Publisher p = server.publishers().get(0);
        URI feed = server.baseUri().resolve(p.feedPath());
        HttpResponse<byte[]> first = get(feed, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(feed, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get(feed, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get(feed, Map.of("If-None-Match", "\"stale\"")).statusCode()).isEqualTo(200);

        DemoArticle next;
        do {
            next = server.publishNext().orElseThrow();
        } while (!next.publisherSlug().equals(p.slug()));
        HttpResponse<byte[]> changed = get(feed, Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        assertThat(get(feed, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(200);
    }

    @Test
    void servesGzipWhenAsked() throws Exception {
        DemoArticle a = server.published().get(10);
        HttpResponse<byte[]> zipped = get(a.url(server.baseUri()), Map.of("Accept-Encoding", "gzip"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        Publisher p = server.publishers().stream().filter(x -> x.slug().equals(a.publisherSlug())).findFirst().orElseThrow();
        String html = new String(gunzip(zipped.body()), Charset.forName(p.charset()));
        assertThat(html).contains(NewsroomTest.escape(a.title()));
        assertThat(get(a.url(server.baseUri()), Map.of()).headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertThat(get(server.baseUri().resolve("/no/such/page"), Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUri().resolve("/harbour-ledger/world/2020/01/01/nothing"), Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUri().resolve("/"), Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void theLegacyPublisherServesWindows1252Bytes() throws Exception {
        Publisher p = server.publishers().stream().filter(x -> x.charset().equals("windows-1252")).findFirst().orElseThrow();
        DemoArticle a = server.published().stream().filter(x -> x.publisherSlug().equals(p.slug()))
                .filter(x -> x.paragraphs().stream().anyMatch(s -> s.chars().anyMatch(c -> c > 127))).findFirst().orElseThrow();
        HttpResponse<byte[]> page = get(a.url(server.baseUri()), Map.of());
        assertThat(page.headers().firstValue("Content-Type")).get().asString().contains("charset=windows-1252");
        String decoded = new String(page.body(), Charset.forName("windows-1252"));
        assertThat(decoded).contains("charset=windows-1252");
        for (String paragraph : a.paragraphs()) assertThat(decoded).contains(NewsroomTest.escape(paragraph));
        String misread = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(a.paragraphs()).anySatisfy(paragraph -> assertThat(misread).doesNotContain(NewsroomTest.escape(paragraph)));
        // its feed declares the same charset in the XML prolog, so an XML parser reads it right
        byte[] feed = get(server.baseUri().resolve(p.feedPath()), Map.of()).body();
        assertThat(new String(feed, 0, 60, StandardCharsets.US_ASCII)).contains("encoding=\"windows-1252\"");
        assertThat(xml(feed).getElementsByTagName("title").item(1).getTextContent())
                .isEqualTo(server.published().stream().filter(x -> x.publisherSlug().equals(p.slug())).reduce((x, y) -> y).orElseThrow().title());
    }

    @Test
    void leadImagesArePngs() throws Exception {
        DemoArticle a = server.published().stream().filter(x -> x.imagePath() != null).findFirst().orElseThrow();
        HttpResponse<byte[]> image = get(server.baseUri().resolve(a.imagePath()), Map.of());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void answersConcurrentRequests() {
        List<DemoArticle> some = server.published().subList(0, 40);
        List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
        for (DemoArticle a : some) {
            calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(a.url(server.baseUri())).build(), HttpResponse.BodyHandlers.ofByteArray()));
            calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(server.baseUri().resolve("/" + a.publisherSlug() + "/")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
    }

    @Test
    void publishesOnItsOwnAtTheConfiguredPace() throws Exception {
        NewsroomOptions fast = NewsroomOptions.defaults().withPublishInterval(Duration.ofMillis(50)).withBackfill(Duration.ofHours(2));
        try (NewsroomServer live = NewsroomServer.start(new Newsroom(9, 120), fast)) {
            int before = live.published().size();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (live.published().size() < before + 3 && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(live.published()).hasSizeGreaterThanOrEqualTo(before + 3);
        }
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(5, java.time.temporal.ChronoUnit.SECONDS);
    }

    private static URI feedOf(Publisher p) throws Exception {
        URI advertised = server.feedUris().get(p.slug());
        if (!p.feedIsHomePage()) return advertised;
        String html = new String(get(advertised, Map.of()).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<link rel=\"alternate\" type=\"[^\"]+\"[^>]*href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return advertised.resolve(m.group(1));
    }

    static List<String> itemLinks(FeedFormat format, byte[] body) throws Exception {
        List<String> links = new ArrayList<>();
        if (format == FeedFormat.JSON_FEED_1_1) {
            JsonNode root = new ObjectMapper().readTree(body);
            assertThat(root.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            for (JsonNode item : root.path("items")) links.add(item.path("url").asText());
            return links;
        }
        Document doc = xml(body);
        switch (format) {
            case RSS_2, RSS_1 -> {
                NodeList items = doc.getElementsByTagNameNS("*", "item");
                for (int i = 0; i < items.getLength(); i++) {
                    links.add(((Element) items.item(i)).getElementsByTagNameNS("*", "link").item(0).getTextContent().strip());
                }
            }
            case ATOM_1 -> {
                NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
                for (int i = 0; i < entries.getLength(); i++) {
                    links.add(((Element) entries.item(i)).getElementsByTagNameNS("*", "link").item(0)
                            .getAttributes().getNamedItem("href").getNodeValue());
                }
            }
            default -> throw new AssertionError(format);
        }
        return links;
    }

    static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static HttpResponse<byte[]> get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
