package dev.newsloom.web;

import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.tags.Trending;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's "Trending" block: hashtags and stories whose last six hours stand out against
 * the two days before (burst detection, {@link Trending}). Computed at most once a minute, so a
 * busy home page does not rerun the counts.
 */
final class TrendingBlock {
    static final Duration WINDOW = Duration.ofHours(6);
    static final Duration BASELINE = Duration.ofHours(48);
    static final Duration REFRESH = Duration.ofMinutes(1);
    static final int SHOWN = 8;

    static final int STORIES_SHOWN = 4;

    private final TagRepository tags;
    private final StoryEngine stories;
    private final Clock clock;
    private volatile Trends cached = Trends.NONE;
    private volatile Instant computedAt = Instant.MIN;

    TrendingBlock(TagRepository tags, StoryEngine stories, Clock clock) {
        this.tags = tags;
        this.stories = stories;
        this.clock = clock;
    }

    Trends current(String lang) {
        Instant now = clock.instant();
        if (Duration.between(computedAt, now).compareTo(REFRESH) >= 0 || now.isBefore(computedAt)) {
            cached = new Trends(compute(lang, now), computeStories(lang, now));
            computedAt = now;
        }
        return cached;
    }

    private List<TagLink> computeStories(String lang, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        StoryEngine.Activity recent = stories.activity(windowStart, now.plusSeconds(1));
        StoryEngine.Activity before = stories.activity(windowStart.minus(BASELINE), windowStart);
        List<TagLink> out = new ArrayList<>();
        for (Trending.Trend t : Trending.rank(recent.articles(), before.articles(), recent.sources(),
                (double) BASELINE.toMinutes() / WINDOW.toMinutes(), STORIES_SHOWN)) {
            stories.story(t.key()).ifPresent(s -> out.add(new TagLink(s.title(), StoryHandlers.path(lang, s.id()))));
        }
        return out;
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
