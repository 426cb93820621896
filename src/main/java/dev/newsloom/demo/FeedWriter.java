package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes one publisher's feed in its format; items come newest first. */
interface FeedWriter {
    String write(Publisher publisher, List<DemoArticle> newestFirst, URI baseUri, Instant updated);

    static FeedWriter of(FeedFormat format) {
        return switch (format) {
            case RSS_2 -> new Rss2FeedWriter();
            case RSS_1 -> new Rss1FeedWriter();
            case ATOM_1 -> new AtomFeedWriter();
            case JSON_FEED_1_1 -> new JsonFeedWriter();
        };
    }

    /** The feed summary: the first paragraph, cut at a word near 300 characters. */
    static String summary(DemoArticle a) {
        String first = a.paragraphs().get(0);
        if (first.length() <= 300) return first;
        return first.substring(0, first.lastIndexOf(' ', 297)) + "\u2026";
    }

    static String rfc1123(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    static String abs(URI base, String path) {
        return base.resolve(path).toString();
    }
}
