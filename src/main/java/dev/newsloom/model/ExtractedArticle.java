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
 * @param kinds      what each of {@code paragraphs} is (heading, list item ...), in the same order
 * @param section    the section or category the page files the article under, or null
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
        java.time.ZoneOffset offset,
        List<BlockKind> kinds,
        String section) {
    public ExtractedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        kinds = kinds == null ? BlockKind.paragraphs(paragraphs.size()) : List.copyOf(kinds);
        if (kinds.size() != paragraphs.size()) {
            throw new IllegalArgumentException(kinds.size() + " block kinds for " + paragraphs.size() + " paragraphs");
        }
    }

    /** Every block a paragraph, no section: for callers that know only text. */
    public ExtractedArticle(String url, String title, String byline, Instant published, Instant modified, String lang,
            String image, String caption, String credit, String siteName, String description, List<String> paragraphs,
            boolean paywalled, java.time.ZoneOffset offset) {
        this(url, title, byline, published, modified, lang, image, caption, credit, siteName, description, paragraphs,
                paywalled, offset, null, null);
    }

    /** The body's blocks with their kinds. */
    public List<Block> blocks() {
        List<Block> out = new java.util.ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) out.add(new Block(kinds.get(i), paragraphs.get(i)));
        return out;
    }

    /** The same article with other blocks (kept in order, with their kinds). */
    public ExtractedArticle withBlocks(List<Block> blocks) {
        List<String> texts = new java.util.ArrayList<>(blocks.size());
        List<BlockKind> ks = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) {
            texts.add(b.text());
            ks.add(b.kind());
        }
        return new ExtractedArticle(url, title, byline, published, modified, lang, image, caption, credit, siteName,
                description, texts, paywalled, offset, ks, section);
    }

    /** The publication time in the page's own offset (ISO-8601 with offset), or as UTC when it gave none. */
    public java.time.OffsetDateTime publishedAt() {
        return published == null ? null : published.atOffset(offset == null ? java.time.ZoneOffset.UTC : offset);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
