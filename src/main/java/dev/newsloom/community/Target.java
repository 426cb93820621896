package dev.newsloom.community;

/** What a comment is about: an article or a story, by id. */
public record Target(Kind kind, String id) {
    public enum Kind { ARTICLE, STORY;
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Kind> fromSlug(String s) {
            for (Kind k : values()) if (k.slug().equals(s)) return java.util.Optional.of(k);
            return java.util.Optional.empty();
        }
    }

    public static Target article(String id) {
        return new Target(Kind.ARTICLE, id);
    }

    public static Target story(String id) {
        return new Target(Kind.STORY, id);
    }
}
