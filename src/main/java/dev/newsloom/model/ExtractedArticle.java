package dev.newsloom.model;

import java.time.Instant;
import java.util.List;

/**
 * What an extractor found in one article page. Every field may be null except
 * {@code paragraphs}, which is empty when no body was found.
 *
 * @param url       the canonical URL the page declares (link rel=canonical, og:url, JSON-LD)
 * @param caption   the lead image's caption, never part of the body
 * @param credit    the wire or agency credit, e.g. "REUTERS" or "AFP"
 * @param paragraphs the body, one paragraph (or heading or list item) per element, plain text
 * @param paywalled  the page shows a paywall: what was found is a teaser, not the article
 * @param offset     the time-zone offset the page wrote its publication time with, or null
 */
public record ExtractedArticle(
        String url,
        String title,
        String byline,
        Instant published,
        Instant modified,
        String lang,
        String image,
        String caption,
        String credit,
        String siteName,
        String description,
        List<String> paragraphs,
        boolean paywalled,
        java.time.ZoneOffset offset) {
    public ExtractedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The publication time in the page's own offset (ISO-8601 with offset), or as UTC when it gave none. */
    public java.time.OffsetDateTime publishedAt() {
        return published == null ? null : published.atOffset(offset == null ? java.time.ZoneOffset.UTC : offset);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
