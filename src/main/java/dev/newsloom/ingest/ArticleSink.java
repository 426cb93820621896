package dev.newsloom.ingest;

import dev.newsloom.model.Article;

/** Where ingested articles go: the store, and through it the index. */
public interface ArticleSink {
    /** True when an article has this id, or was reached through a URL with this id. */
    boolean contains(String articleId);

    /**
     * Inserts or replaces the article with this id.
     *
     * @param itemLink the feed's link for it, remembered when it differs from the article's URL
     */
    void accept(Article article, String itemLink);
}
