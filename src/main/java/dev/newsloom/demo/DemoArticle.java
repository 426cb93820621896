package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The ground truth of one demo article: what an ideal extractor would pull out of its page.
 * {@code paragraphs} is the body text exactly as rendered (no boilerplate, caption or title);
 * for a paywalled page it is just the teaser, and {@code excerptOnly} says so.
 */
public record DemoArticle(String id, String publisherSlug, String path, String title, String byline, Instant published,
                          String lang, String category, String eventId, String eventKind, String wireStoryId,
                          String credit, List<String> paragraphs, String caption, String imagePath,
                          List<String> keyFacts, List<String> tags, boolean excerptOnly) {

    public DemoArticle {
        paragraphs = List.copyOf(paragraphs);
        keyFacts = List.copyOf(keyFacts);
        tags = List.copyOf(tags);
    }

    public URI url(URI baseUri) {
        return baseUri.resolve(path);
    }

    /** The body as plain text, paragraphs separated by newlines. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
