package dev.newsloom.demo;

/** The syndication formats the demo publishers serve. */
public enum FeedFormat {
    RSS_2("application/rss+xml"),
    RSS_1("application/rdf+xml"),
    ATOM_1("application/atom+xml"),
    JSON_FEED_1_1("application/feed+json");

    private final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
