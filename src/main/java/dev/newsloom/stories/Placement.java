package dev.newsloom.stories;

import java.util.List;

/**
 * Where the engine put an article.
 *
 * @param duplicateOf   the earlier article this one copies, or null
 * @param mergedStories stories that were folded into {@code storyId} because of this article
 * @param newCopies     articles that now copy this one: it was published before what they copied
 */
public record Placement(String articleId, String storyId, String duplicateOf, List<String> mergedStories,
                        List<String> newCopies) {
    public Placement {
        mergedStories = List.copyOf(mergedStories);
        newCopies = List.copyOf(newCopies);
    }
}
