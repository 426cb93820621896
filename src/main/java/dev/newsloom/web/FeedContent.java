package dev.newsloom.web;

import dev.newsloom.model.Article;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What one feed says, whatever format it is written in, so the three formats cannot drift apart.
 *
 * @param title      the list's name ("#Tag", "Latest news"); writers add the site's name
 * @param siteBase   scheme, host and port the reader reached (https behind a TLS proxy)
 * @param pageHref   the HTML page the feed is the list of
 * @param selfHref   this feed's own address in the format being written
 * @param id         the feed's Atom id, or null for the page's address
 * @param articles   the entries, in the order readers get them
 * @param sourceName a source's name by its id
 * @param hashtags   an article's hashtags by its id, as written on the site (without '#')
 */
record FeedContent(String title, String siteBase, String pageHref, String selfHref, String id, List<Article> articles,
        LongFunction<String> sourceName, Function<String, List<String>> hashtags) {

    /** The feed is as new as its newest entry, whatever order the entries come in; the epoch when it has none. */
    Instant updated() {
        return articles.stream().map(Article::time).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    String entryId(Article a) {
        return "urn:newsloom:article:" + a.id();
    }

    String entryLink(Article a) {
        return siteBase + Paths.article(a);
    }

    /** The publisher's byline, or null when the article has none (the feeds that need an author use the source's name). */
    String byline(Article a) {
        String b = a.byline() == null ? "" : AtomFeed.xmlText(a.byline()).strip();
        return b.isEmpty() ? null : b;
    }

    /** The entry's text: its source and the start of the article (the whole article is on the site and at the publisher). */
    String summary(Article a) {
        return sourceName.apply(a.sourceId()) + ": " + a.excerpt(400);
    }
}
