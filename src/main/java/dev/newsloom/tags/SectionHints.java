package dev.newsloom.tags;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the publisher itself says an article is: a feed category or a URL section such as
 * /business/. Publishers name their sections in many ways; this maps the common names.
 */
final class SectionHints {
    private static final Map<String, Category> NAMES = Map.ofEntries(
            Map.entry("world", Category.WORLD), Map.entry("international", Category.WORLD), Map.entry("global", Category.WORLD),
            Map.entry("foreign", Category.WORLD), Map.entry("europe", Category.WORLD), Map.entry("asia", Category.WORLD),
            Map.entry("africa", Category.WORLD), Map.entry("americas", Category.WORLD), Map.entry("middle-east", Category.WORLD),
            Map.entry("politics", Category.POLITICS), Map.entry("election", Category.POLITICS), Map.entry("elections", Category.POLITICS),
            Map.entry("government", Category.POLITICS), Map.entry("policy", Category.POLITICS),
            Map.entry("business", Category.BUSINESS), Map.entry("economy", Category.BUSINESS), Map.entry("markets", Category.BUSINESS),
            Map.entry("money", Category.BUSINESS), Map.entry("finance", Category.BUSINESS), Map.entry("companies", Category.BUSINESS),
            Map.entry("technology", Category.TECHNOLOGY), Map.entry("tech", Category.TECHNOLOGY), Map.entry("science-tech", Category.TECHNOLOGY),
            Map.entry("digital", Category.TECHNOLOGY), Map.entry("gadgets", Category.TECHNOLOGY),
            Map.entry("science", Category.SCIENCE), Map.entry("environment", Category.SCIENCE), Map.entry("climate", Category.SCIENCE),
            Map.entry("space", Category.SCIENCE),
            Map.entry("health", Category.HEALTH), Map.entry("medicine", Category.HEALTH), Map.entry("wellness", Category.HEALTH),
            Map.entry("sport", Category.SPORTS), Map.entry("sports", Category.SPORTS), Map.entry("football", Category.SPORTS),
            Map.entry("soccer", Category.SPORTS), Map.entry("cricket", Category.SPORTS), Map.entry("tennis", Category.SPORTS),
            Map.entry("entertainment", Category.ENTERTAINMENT), Map.entry("culture", Category.ENTERTAINMENT),
            Map.entry("arts", Category.ENTERTAINMENT), Map.entry("film", Category.ENTERTAINMENT), Map.entry("movies", Category.ENTERTAINMENT),
            Map.entry("music", Category.ENTERTAINMENT), Map.entry("books", Category.ENTERTAINMENT), Map.entry("tv", Category.ENTERTAINMENT),
            Map.entry("celebrity", Category.ENTERTAINMENT),
            Map.entry("lifestyle", Category.LIFESTYLE), Map.entry("life", Category.LIFESTYLE), Map.entry("food", Category.LIFESTYLE),
            Map.entry("travel", Category.LIFESTYLE), Map.entry("style", Category.LIFESTYLE), Map.entry("fashion", Category.LIFESTYLE),
            Map.entry("home", Category.LIFESTYLE), Map.entry("living", Category.LIFESTYLE),
            Map.entry("opinion", Category.OPINION), Map.entry("comment", Category.OPINION), Map.entry("commentisfree", Category.OPINION),
            Map.entry("editorial", Category.OPINION), Map.entry("editorials", Category.OPINION), Map.entry("columns", Category.OPINION),
            Map.entry("columnists", Category.OPINION), Map.entry("op-ed", Category.OPINION), Map.entry("views", Category.OPINION));

    private SectionHints() {}

    static Optional<Category> of(List<String> feedCategories, String url) {
        for (String c : feedCategories) {
            Category hit = NAMES.get(c.strip().toLowerCase(Locale.ROOT).replace(' ', '-'));
            if (hit != null) return Optional.of(hit);
        }
        return fromUrl(url);
    }

    /** The first path segments only: /business/2026/... but not a slug that happens to say "sport". */
    static Optional<Category> fromUrl(String url) {
        if (url == null) return Optional.empty();
        try {
            String path = URI.create(url).getPath();
            if (path == null) return Optional.empty();
            String[] segments = path.split("/");
            for (int i = 0; i < Math.min(segments.length - 1, 4); i++) {
                Category hit = NAMES.get(segments[i].toLowerCase(Locale.ROOT));
                if (hit != null) return Optional.of(hit);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
