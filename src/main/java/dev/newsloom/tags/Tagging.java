package dev.newsloom.tags;

import java.util.List;

/**
 * What the tagger decided about one article.
 *
 * @param hinted true when the publisher named the category (feed category or URL section)
 */
public record Tagging(Category category, boolean hinted, List<Hashtag> hashtags) {
    public Tagging {
        hashtags = List.copyOf(hashtags);
    }
}
