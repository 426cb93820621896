package dev.newsloom.web;

import java.util.Locale;

/**
 * The formats every feed of the site is served in, at the same address but for its extension
 * ({@code feed.atom}, {@code feed.rss}, {@code feed.json}), with the same entries in the same order.
 */
public enum FeedFormat {
    ATOM("atom", "application/atom+xml", "Atom"),
    RSS("rss", "application/rss+xml", "RSS"),
    JSON("json", "application/feed+json", "JSON Feed");

    private final String extension;
    private final String mediaType;
    private final String label;

    FeedFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    /** The media type a page's {@code <link rel="alternate">} announces. */
    public String mediaType() {
        return mediaType;
    }

    /** The format's name as readers know it. */
    public String label() {
        return label;
    }

    /** The Content-Type the feed is sent with. */
    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The address of the same feed in this format, from its Atom address (relative or absolute,
     * with or without a query): the {@code .atom} that ends the path becomes this format's extension.
     */
    public String href(String atomHref) {
        int query = atomHref.indexOf('?');
        String path = query < 0 ? atomHref : atomHref.substring(0, query);
        if (!path.endsWith(".atom")) throw new IllegalArgumentException("not a feed's Atom address: " + atomHref);
        return path.substring(0, path.length() - "atom".length()) + extension + (query < 0 ? "" : atomHref.substring(query));
    }

    /**
     * The head link's title, "Page title (Atom)", escaped for a quoted attribute, angle brackets
     * too: a publisher's or a searcher's markup in a title must not appear in the page's source even
     * where it would be inert (jte's attribute escaping leaves {@code <} as it is).
     */
    public String linkTitle(String pageTitle) {
        return org.jsoup.nodes.Entities.escape(pageTitle + " (" + label + ")").replace("'", "&#39;");
    }

    /** Whether {@code path} is a feed's address, whose errors are plain text rather than pages. */
    static boolean isFeedPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".atom") || p.endsWith(".rss")) return true;
        return p.endsWith("/feed.json") || p.endsWith("/for-you.json");
    }

    /** The feed written in this format. */
    String write(FeedContent feed) {
        return switch (this) {
            case ATOM -> AtomFeed.write(feed);
            case RSS -> RssFeed.write(feed);
            case JSON -> JsonFeed.write(feed);
        };
    }
}
