package dev.newsloom.stories;

import java.time.Instant;
import java.util.List;

/**
 * An article as the story engine reads it.
 *
 * @param published null when unknown; such an article never makes a story go cold
 * @param source    the publisher, null when unknown
 * @param entities  names the article is about; null to have the engine find them
 */
public record StoryInput(String id, String title, String text, Instant published, String source, String lang,
                         List<String> entities) {
    public StoryInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        entities = entities == null ? null : List.copyOf(entities);
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
