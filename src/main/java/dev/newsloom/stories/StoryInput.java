package dev.newsloom.stories;

import java.time.Instant;

/**
 * An article as the story engine reads it.
 *
 * @param published null when unknown; such an article never makes a story go cold
 * @param source    the publisher, null when unknown
 * @param opinion   a column or editorial: it argues rather than reports, so it stands alone as its own story
 */
public record StoryInput(String id, String title, String text, Instant published, String source, String lang,
                         boolean opinion) {
    public StoryInput(String id, String title, String text, Instant published, String source, String lang) {
        this(id, title, text, published, source, lang, false);
    }

    public StoryInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** A stored article, as the site feeds it to the engine. */
    public static StoryInput of(dev.newsloom.model.Article a, String source, boolean opinion) {
        return new StoryInput(a.id(), a.title(), a.text(), a.time(), source, a.lang(), opinion);
    }

    /** Title and opening paragraphs: what the sentence model reads. */
    String lead(int maxChars) {
        StringBuilder b = new StringBuilder(title);
        for (String line : text.split("\n")) {
            if (b.length() >= maxChars) break;
            if (!line.isBlank()) b.append(b.isEmpty() ? "" : ". ").append(line.strip());
        }
        return b.length() > maxChars ? b.substring(0, maxChars) : b.toString();
    }
}
