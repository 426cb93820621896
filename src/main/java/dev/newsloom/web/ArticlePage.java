package dev.newsloom.web;

import java.util.List;

/** Everything the article template shows, already made safe and formatted. */
public record ArticlePage(
        String id,
        String lang,
        String title,
        String sourceName,
        String sourceHref,
        String byline,
        String credit,
        String isoTime,
        String relativeTime,
        String absoluteTime,
        String image,
        String caption,
        List<String> paragraphs,
        boolean excerptOnly,
        String originalUrl,
        List<ArticleCard> moreFromSource,
        TagLink category,
        List<TagLink> hashtags,
        StoryViews.StoryLink story,
        List<TagLink> alsoPublishedBy,
        List<ArticleCard> related) {}
