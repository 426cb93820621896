package dev.newsloom.cli;

import dev.newsloom.ingest.ArticleSink;
import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.ArticleTagger;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;

/**
 * Stores an article, files it under a category with its hashtags, then indexes it. The store is
 * the truth; the index can be rebuilt from it.
 */
final class IndexingArticleSink implements ArticleSink {
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final ArticleTagger tagger;
    private final ArticleIndex index;

    IndexingArticleSink(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleTagger tagger,
            ArticleIndex index) {
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.tagger = tagger;
        this.index = index;
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
        index(index, article, sources.find(article.sourceId()).map(Source::name).orElse(""), tagging);
    }

    static void index(ArticleIndex index, Article article, String sourceName, Tagging tagging) {
        if (tagging == null) {
            index.upsert(article, sourceName);
        } else {
            index.upsert(article, sourceName, tagging.category().slug(),
                    tagging.hashtags().stream().map(Hashtag::tag).toList());
        }
    }
}
