package dev.newsloom.stories;

import java.util.List;

/**
 * Where the engine put an article.
 *
 * @param duplicateOf   the earlier article this one copies, or null
 * @param mergedStories stories that were folded into {@code storyId} because of this article
 * @param newCopies     articles that now copy this one: it was published before what they copied
 * @param splitStory    a story this article showed to hold a second event and that was split: the
 *                      articles of that event moved to {@link Split#storyId()}; null when none was
 */
public record Placement(String articleId, String storyId, String duplicateOf, List<String> mergedStories,
                        List<String> newCopies, Split splitStory) {
    /** Articles that left their story for a new one, {@code storyId} (the id of its first article). */
    public record Split(String storyId, List<String> articles) {
        public Split {
            articles = List.copyOf(articles);
        }
    }

    public Placement {
        mergedStories = List.copyOf(mergedStories);
        newCopies = List.copyOf(newCopies);
    }

    public Placement(String articleId, String storyId, String duplicateOf, List<String> mergedStories, List<String> newCopies) {
        this(articleId, storyId, duplicateOf, mergedStories, newCopies, null);
    }
}
