package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
    private static final URI BASE = URI.create("https://www.harrowgate-star.test/news/today.html");

    @Test
    void findsAlternatesResolvedWithRssAndAtomBeforeJson() {
        String html = """
                <!doctype html><html><head>
                <link rel="stylesheet" href="/site.css">
                <link rel="alternate" type="application/feed+json" title="JSON Feed" href="/feed.json">
                <link rel="alternate" type="application/rss+xml" title="All stories" href="/rss.xml">
                <link rel="alternate home" type="application/atom+xml; charset=utf-8" href="sport/atom.xml">
                <link rel="alternate" type="application/rss+xml" title="All stories again" href="https://www.harrowgate-star.test/rss.xml">
                <link rel="alternate" type="application/json" title="JSON" href="/wp-json/wp/v2/pages/7">
                <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
                <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                </head><body>
                <link rel="ALTERNATE" type="Application/RSS+XML" href="//cdn.harrowgate-star.test/late.xml">
                </body></html>
                """;

        assertThat(FeedDiscovery.discover(html, BASE)).containsExactly(
                URI.create("https://www.harrowgate-star.test/rss.xml"),
                URI.create("https://www.harrowgate-star.test/news/sport/atom.xml"),
                URI.create("https://cdn.harrowgate-star.test/late.xml"),
                URI.create("https://www.harrowgate-star.test/feed.json"));
    }

    @Test
    void emptyWhenThePageAdvertisesNoFeed() {
        String html = "<html><head><title>No feeds</title><link rel=\"icon\" href=\"/favicon.ico\">"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"/m/\"></head><body><a href=\"/rss.xml\">RSS</a></body></html>";
        assertThat(FeedDiscovery.discover(html, BASE)).isEmpty();
        assertThat(FeedDiscovery.discover("", BASE)).isEmpty();
    }
}
