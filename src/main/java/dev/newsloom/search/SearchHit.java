package dev.newsloom.search;

/**
 * One search result: the article's id, its relevance score and a snippet of its text around the
 * matched words, HTML-escaped with the matches in {@code <mark>} (null when nothing matched the text).
 */
public record SearchHit(String id, float score, String snippet) {
    public SearchHit(String id, float score) {
        this(id, score, null);
    }
}
