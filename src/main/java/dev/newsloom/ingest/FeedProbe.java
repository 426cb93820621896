package dev.newsloom.ingest;

import dev.newsloom.extract.PageDecoder;
import dev.newsloom.model.ParsedFeed;
import java.net.URI;
import java.util.List;

/**
 * Looks at a URL before it is subscribed to: a feed is taken as it is, a site page is followed to
 * the first feed it links, so the source is the feed itself and a page whose feed is already
 * subscribed is recognised at once.
 */
public final class FeedProbe {
    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();

    public FeedProbe(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * @param feedUrl  the feed's URL, normalised ({@link FeedUrls})
     * @param title    the feed's own title, or null
     * @param siteUrl  the site the feed says it belongs to, or null
     * @param fromPage the URL given was a page that links the feed
     */
    public record Found(String feedUrl, String title, String siteUrl, boolean fromPage) {}

    public Found probe(String url) throws FetchException, FeedException, InterruptedException {
        FetchResponse response = fetcher.fetch(URI.create(url), null, null);
        try {
            ParsedFeed feed = parser.parse(response.body(), response.contentType(), response.finalUri());
            return new Found(FeedUrls.normalize(url), blankToNull(feed.title()), feed.link(), false);
        } catch (NotAFeedException notAFeed) {
            List<URI> candidates = FeedDiscovery.discover(PageDecoder.decode(response.body(), response.contentType()), response.finalUri());
            if (candidates.isEmpty()) throw new FeedException("the URL serves an HTML page that links no RSS, Atom or JSON feed");
            String feedUrl = FeedUrls.normalize(candidates.get(0).toString());
            try {
                FetchResponse feedResponse = fetcher.fetch(URI.create(feedUrl), null, null);
                ParsedFeed feed = parser.parse(feedResponse.body(), feedResponse.contentType(), feedResponse.finalUri());
                return new Found(feedUrl, blankToNull(feed.title()), feed.link() != null ? feed.link() : url, true);
            } catch (FetchException | FeedException e) {
                // the page named its feed: that is what to subscribe to, even if the feed fails today
                return new Found(feedUrl, null, url, true);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
