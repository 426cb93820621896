package dev.newsloom.web;

import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Trending;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's "Trending" hashtags: the last six hours against the two days before. Computed
 * at most once a minute, so a busy home page does not rerun the counts.
 */
final class TrendingBlock {
    static final Duration WINDOW = Duration.ofHours(6);
    static final Duration BASELINE = Duration.ofHours(48);
    static final Duration REFRESH = Duration.ofMinutes(1);
    static final int SHOWN = 8;

    private final TagRepository tags;
    private final Clock clock;
    private volatile List<TagLink> cached = List.of();
    private volatile Instant computedAt = Instant.MIN;

    TrendingBlock(TagRepository tags, Clock clock) {
        this.tags = tags;
        this.clock = clock;
    }

    List<TagLink> current(String lang) {
        Instant now = clock.instant();
        if (Duration.between(computedAt, now).compareTo(REFRESH) >= 0 || now.isBefore(computedAt)) {
            cached = compute(lang, now);
            computedAt = now;
        }
        return cached;
    }

    private List<TagLink> compute(String lang, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        var trends = Trending.rank(tags.tagCounts(windowStart, now.plusSeconds(1)),
                tags.tagCounts(windowStart.minus(BASELINE), windowStart), tags.tagSources(windowStart, now.plusSeconds(1)),
                (double) BASELINE.toMinutes() / WINDOW.toMinutes(), SHOWN);
        List<TagLink> out = new ArrayList<>();
        for (Trending.Trend t : trends) {
            tags.describe(t.key()).ifPresent(h -> out.add(new TagLink("#" + h.tag(), Paths.hashtag(lang, h.tag()))));
        }
        return out;
    }
}
