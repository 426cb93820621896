package dev.newsloom.community;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Something a reader follows. {@code key}: a hashtag's lower-case key, a source's id, a story's id;
 * {@code label}: how it was written when followed ("#Ceasefire", "Harbor Gazette", a story's title).
 */
public record Follow(Kind kind, String key, String label, Instant since) {
    public enum Kind {
        HASHTAG, SOURCE, STORY;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromSlug(String s) {
            for (Kind k : values()) if (k.slug().equals(s)) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** "hashtag:ceasefire": how For-you candidates name the follow that brought them. */
    public String ref() {
        return kind.slug() + ":" + key;
    }
}
