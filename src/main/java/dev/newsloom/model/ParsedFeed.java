package dev.newsloom.model;

import java.util.List;

/** A feed after parsing, whatever its wire format. {@code format} is e.g. "rss_2.0", "atom_1.0", "json_feed_1.1". */
public record ParsedFeed(String format, String title, String link, String language, List<FeedItem> items) {
    public ParsedFeed {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
