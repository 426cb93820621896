package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StorySummary;
import java.util.List;

/**
 * How a story is named and addressed wherever the site mentions it: the title its own page shows
 * (the engine's headline closest to what its articles say together, else its first article's),
 * and its language, the one of its first article. One rule, so For you, the moderation queue and
 * the story page call a story the same, and every link to it is the address it answers at.
 */
final class StoryNames {
    private final StoryEngine engine;

    StoryNames(StoryEngine engine) {
        this.engine = engine;
    }

    /** @param members the story's articles, newest first, as {@code StoryRepository.articles} gives them (not empty) */
    String title(String storyId, List<Article> members) {
        return engine.story(storyId).map(StorySummary::title).filter(t -> !t.isBlank()).orElse(first(members).title());
    }

    /** The {lang} of the story's address. */
    static String lang(List<Article> members) {
        return Paths.lang(first(members).lang());
    }

    /** The story's own address. */
    static String path(String storyId, List<Article> members) {
        return StoryHandlers.path(lang(members), storyId);
    }

    private static Article first(List<Article> members) {
        return members.get(members.size() - 1);
    }
}
