package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.tags.Tagging;
import java.time.Instant;

/** An article as a list shows it: enough to choose what to read. {@code category} may be null. */
public record ArticleCard(String href, String title, String sourceName, String sourceHref,
        String isoTime, String relativeTime, String absoluteTime, String excerpt, String image, TagLink category) {

    static ArticleCard of(Article a, String sourceName, Instant now) {
        return of(a, sourceName, now, null);
    }

    static ArticleCard of(Article a, String sourceName, Instant now, Tagging tagging) {
        TagLink category = tagging == null ? null
                : new TagLink(tagging.category().label(), Paths.category(Paths.lang(a.lang()), tagging.category()));
        return new ArticleCard(Paths.article(a), a.title(), sourceName, Paths.source(a.sourceId()),
                RelativeTime.iso(a.time()), RelativeTime.format(a.time(), now), RelativeTime.absolute(a.time()),
                a.excerpt(220), a.image(), category);
    }
}
