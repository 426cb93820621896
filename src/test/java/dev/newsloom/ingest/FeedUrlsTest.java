package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedUrlsTest {
    @Test
    void oneFeedHasOneSpelling() {
        assertThat(FeedUrls.normalize(" HTTP://Pinewick.Example:80/Gazette/rss.xml#top ")).isEqualTo("http://pinewick.example/Gazette/rss.xml");
        assertThat(FeedUrls.normalize("https://pinewick.example:443")).isEqualTo("https://pinewick.example/");
        assertThat(FeedUrls.normalize("https://pinewick.example:8443/feed?lang=en&Page=2")).isEqualTo("https://pinewick.example:8443/feed?lang=en&Page=2");
        assertThat(FeedUrls.normalize("http://pinewick.example:443/x")).as("443 is not http's default").isEqualTo("http://pinewick.example:443/x");
        assertThat(FeedUrls.normalize("http://[::1]:80/feed")).isEqualTo("http://[::1]/feed");
    }

    @Test
    void whatCannotBeFetchedIsRefusedWithAReason() {
        assertThatThrownBy(() -> FeedUrls.normalize("javascript:alert(1)")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> FeedUrls.normalize("ftp://ftp.example/feed")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> FeedUrls.normalize("/relative/feed.xml")).hasMessageContaining("not an absolute URL");
        assertThatThrownBy(() -> FeedUrls.normalize("https://example.org:99999/feed")).hasMessageContaining("port 99999 is out of range");
        assertThatThrownBy(() -> FeedUrls.normalize("http://example.org:abc/feed")).hasMessageContaining("host or port is not valid");
        assertThatThrownBy(() -> FeedUrls.normalize("http:///feed")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> FeedUrls.normalize("http://exa mple.org/")).hasMessageContaining("not a valid URL");
        assertThatThrownBy(() -> FeedUrls.normalize("  ")).hasMessageContaining("no URL");
    }
}
