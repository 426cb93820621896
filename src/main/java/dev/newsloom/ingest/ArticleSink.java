package dev.newsloom.ingest;

import dev.newsloom.model.Article;

/** Where ingested articles go: the store, and through it the index. */
public interface ArticleSink {
    boolean contains(String articleId);

    /** Inserts or replaces the article with this id. */
    void accept(Article article);
}
