package dev.newsloom.tags;

import java.util.Locale;
import java.util.Optional;

/** The fixed set of sections every article is filed under. */
public enum Category {
    WORLD("World"), POLITICS("Politics"), BUSINESS("Business"), TECHNOLOGY("Technology"), SCIENCE("Science"),
    HEALTH("Health"), SPORTS("Sports"), ENTERTAINMENT("Entertainment"), LIFESTYLE("Lifestyle"), OPINION("Opinion");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The URL segment of its page: "technology". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> fromSlug(String slug) {
        for (Category c : values()) if (c.slug().equalsIgnoreCase(slug) || c.label.equalsIgnoreCase(slug)) return Optional.of(c);
        return Optional.empty();
    }
}
