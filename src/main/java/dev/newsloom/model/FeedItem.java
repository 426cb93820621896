package dev.newsloom.model;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a parsed feed. Text fields are plain text with entities decoded; {@code content}
 * is sanitized HTML. Any field but {@code categories} may be null.
 */
public record FeedItem(
        String title,
        String link,
        String id,
        Instant published,
        Instant updated,
        String author,
        List<String> categories,
        String summary,
        String content) {
    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
