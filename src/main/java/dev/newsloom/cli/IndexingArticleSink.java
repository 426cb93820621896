package dev.newsloom.cli;

import dev.newsloom.ai.AiCache;
import dev.newsloom.ingest.ArticleSink;
import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.Placement;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import dev.newsloom.tags.ArticleTagger;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;

/**
 * Stores an article, files it under a category with its hashtags, places it in a story (folding
 * it into an earlier copy when it is one), then indexes it. The store is the truth; the index can
 * be rebuilt from it. The sentence embedding is computed once, for stories and search alike.
 */
final class IndexingArticleSink implements ArticleSink {
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final ArticleTagger tagger;
    private final ArticleIndex index;
    private final StoryEngine stories;
    private final StoryRepository storyRepository;
    private final AiCache aiCache;

    /** @param aiCache forgets the AI results of the article and the stories it changes; may be null */
    IndexingArticleSink(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleTagger tagger,
            ArticleIndex index, StoryEngine stories, StoryRepository storyRepository, AiCache aiCache) {
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.tagger = tagger;
        this.index = index;
        this.stories = stories;
        this.storyRepository = storyRepository;
        this.aiCache = aiCache;
    }

    @Override
    public boolean contains(String articleId) {
        return articles.contains(articleId);
    }

    @Override
    public void accept(Article article, String itemLink) {
        articles.accept(article, itemLink);
        Tagging tagging = tagger.tag(article);
        tags.save(article, tagging);
        String sourceName = sources.find(article.sourceId()).map(Source::name).orElse("");
        StoryEngine.Prepared prepared = stories.prepare(StoryInput.of(article, Long.toString(article.sourceId()),
                tagging.category() == Category.OPINION));
        // placing and recording together, so a concurrent placement cannot overwrite a newer decision
        Placement placed;
        synchronized (stories) {
            placed = stories.place(prepared);
            if (placed.splitStory() != null) storyRepository.split(placed.splitStory().storyId(), placed.splitStory().articles());
            storyRepository.save(article.id(), placed.storyId(), placed.duplicateOf(), prepared.embedding(),
                    placed.mergedStories(), placed.newCopies());
        }
        if (aiCache != null) {
            // the story changed (an article joined, stories merged): its summaries, briefs and timelines are computed afresh
            java.util.List<String> changed = new java.util.ArrayList<>(placed.mergedStories());
            changed.add(placed.storyId());
            changed.add(article.id());
            if (placed.splitStory() != null) changed.add(placed.splitStory().storyId());
            aiCache.invalidate(changed);
        }
        index(index, article, sourceName, tagging, prepared.vector());
    }

    static void index(ArticleIndex index, Article article, String sourceName, Tagging tagging, float[] vector) {
        index.upsert(article, sourceName, tagging == null ? null : tagging.category().slug(),
                tagging == null ? java.util.List.of() : tagging.hashtags().stream().map(Hashtag::tag).toList(), vector);
    }
}
