package dev.newsloom.cli;

import dev.newsloom.ingest.ArticleSink;
import dev.newsloom.model.Article;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.model.Source;

/** Stores an article, then indexes it; the store is the truth and the index can be rebuilt from it. */
final class IndexingArticleSink implements ArticleSink {
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ArticleIndex index;

    IndexingArticleSink(ArticleRepository articles, SourceRepository sources, ArticleIndex index) {
        this.articles = articles;
        this.sources = sources;
        this.index = index;
    }

    @Override
    public boolean contains(String articleId) {
        return articles.contains(articleId);
    }

    @Override
    public void accept(Article article, String itemLink) {
        articles.accept(article, itemLink);
        index.upsert(article, sources.find(article.sourceId()).map(Source::name).orElse(""));
    }
}
