package dev.newsloom.web;

import dev.newsloom.model.Article;
import java.time.Instant;

/** An article as a list shows it: enough to choose what to read. */
public record ArticleCard(String href, String title, String sourceName, String sourceHref,
        String isoTime, String relativeTime, String absoluteTime, String excerpt, String image) {

    static ArticleCard of(Article a, String sourceName, Instant now) {
        return new ArticleCard(Paths.article(a), a.title(), sourceName, Paths.source(a.sourceId()),
                RelativeTime.iso(a.time()), RelativeTime.format(a.time(), now), RelativeTime.absolute(a.time()),
                a.excerpt(220), a.image());
    }
}
