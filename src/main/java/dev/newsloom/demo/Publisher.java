package dev.newsloom.demo;

/**
 * An invented publisher. {@code template} names its page markup (each publisher's is different);
 * {@code feedIsHomePage} marks the one whose advertised address is an HTML page that only links
 * its feed, so subscribers must discover it. {@code promo} is a promo in markup that names itself
 * as one ({@code class="promo"}); {@code bodyPromo} is a line the publisher's system inserts among the
 * article's own paragraphs in a plain {@code <p>}, which only learning across the publisher's
 * articles can tell apart. Neither is article text: the ground truth holds neither.
 */
public record Publisher(String slug, String name, String lang, String charset, String template, FeedFormat feedFormat,
                        boolean feedFullText, boolean feedCategories, boolean feedIsHomePage, boolean paywalled,
                        String promo, String bodyPromo, String pathStyle) {

    public String homePath() {
        return "/" + slug + "/";
    }

    public String feedPath() {
        return "/" + slug + switch (feedFormat) {
            case RSS_2 -> "/rss.xml";
            case RSS_1 -> "/index.rdf";
            case ATOM_1 -> "/atom.xml";
            case JSON_FEED_1_1 -> "/feed.json";
        };
    }

    /** The address to subscribe to: the feed itself, or the home page for the discovery publisher. */
    public String advertisedFeedPath() {
        return feedIsHomePage ? homePath() : feedPath();
    }
}
