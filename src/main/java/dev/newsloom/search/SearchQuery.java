package dev.newsloom.search;

import java.time.Instant;

/**
 * A search: the user's words ({@code "phrases"} and {@code -exclusions} allowed) and filters.
 * Any filter may be null; an empty {@code text} with filters lists the filtered articles.
 */
public record SearchQuery(String text, Long sourceId, String tag, String category, String lang, Instant from,
        Instant to, Sort sort, int offset, int limit) {

    public enum Sort { RELEVANCE, NEWEST }

    /**
     * How deep a search can be paged: ranking keeps offset + limit hits in memory, so beyond this
     * a caller should narrow the search instead.
     */
    public static final int MAX_OFFSET = 10_000;

    /** @throws IllegalArgumentException when {@code offset} is beyond {@link #MAX_OFFSET} */
    public SearchQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset > MAX_OFFSET) throw new IllegalArgumentException("offset " + offset + " is beyond " + MAX_OFFSET);
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
