package dev.newsloom.web;

import java.util.List;

/**
 * Everything the article template shows, already made safe and formatted. {@code body} is the
 * text as the page shows it (headings, lists, quotations); {@code paragraphs} the same text plain.
 */
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
        List<ArticleCard> related,
        List<BodyPart> body) {
    public ArticlePage {
        body = body == null ? BodyPart.of(paragraphs.stream().map(p -> new dev.newsloom.model.Block(dev.newsloom.model.BlockKind.PARAGRAPH, p)).toList()) : body;
    }
}
