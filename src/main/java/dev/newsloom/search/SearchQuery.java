package dev.newsloom.search;

import java.time.Instant;

/**
 * A search: the user's words ({@code "phrases"} and {@code -exclusions} allowed) and filters.
 * Any filter may be null; an empty {@code text} with filters lists the filtered articles.
 */
public record SearchQuery(String text, Long sourceId, String tag, String category, String lang, Instant from,
        Instant to, Sort sort, int offset, int limit) {

    public enum Sort { RELEVANCE, NEWEST }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(200, limit));
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, Sort.RELEVANCE, 0, limit);
    }

    public boolean hasFilters() {
        return sourceId != null || tag != null || category != null || lang != null || from != null || to != null;
    }
}
