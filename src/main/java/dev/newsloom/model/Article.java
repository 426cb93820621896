package dev.newsloom.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored article.
 *
 * @param id          {@link ArticleId#fromUrl} of {@code url}
 * @param url         the canonical URL
 * @param text        the body, one paragraph per line
 * @param excerptOnly true when the page gave no usable body and {@code text} is the feed's summary
 * @param kinds       what each of {@link #paragraphs()} is, for pages; empty when all are paragraphs or unknown
 */
public record Article(
        String id,
        long sourceId,
        String url,
        String title,
        String byline,
        Instant published,
        Instant fetchedAt,
        String lang,
        String image,
        String caption,
        String credit,
        String text,
        boolean excerptOnly,
        List<String> categories,
        List<BlockKind> kinds) {
    public Article {
        categories = categories == null ? List.of() : List.copyOf(categories);
        text = text == null ? "" : text;
        kinds = kinds == null || kinds.stream().allMatch(k -> k == BlockKind.PARAGRAPH) ? List.of() : List.copyOf(kinds);
    }

    /** Every block a paragraph. */
    public Article(String id, long sourceId, String url, String title, String byline, Instant published, Instant fetchedAt,
            String lang, String image, String caption, String credit, String text, boolean excerptOnly, List<String> categories) {
        this(id, sourceId, url, title, byline, published, fetchedAt, lang, image, caption, credit, text, excerptOnly,
                categories, null);
    }

    /** The body's blocks with their kinds; paragraphs wherever the kinds are unknown or do not fit the text. */
    public List<Block> blocks() {
        List<String> paragraphs = paragraphs();
        boolean known = kinds.size() == paragraphs.size();
        List<Block> out = new java.util.ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(new Block(known ? kinds.get(i) : BlockKind.PARAGRAPH, paragraphs.get(i)));
        }
        return out;
    }

    public List<String> paragraphs() {
        return text.isBlank() ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The first paragraphs, cut near {@code maxChars} at a word boundary. */
    public String excerpt(int maxChars) {
        String flat = String.join(" ", paragraphs());
        if (flat.length() <= maxChars) return flat;
        int cut = flat.lastIndexOf(' ', maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }

    /** When the article appeared: its stated publication time, else when we fetched it. */
    public Instant time() {
        return published != null ? published : fetchedAt;
    }
}
