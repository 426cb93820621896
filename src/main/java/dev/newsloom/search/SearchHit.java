package dev.newsloom.search;

/** One search result: the article's id and Lucene's relevance score. */
public record SearchHit(String id, float score) {}
