package dev.newsloom.demo;

/** One publisher's article page markup. Each publisher's differs, as real sites do. */
interface PublisherTemplate {
    String articlePage(ArticleView view);
}
