package dev.newsloom.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How the newsroom server runs. {@code backfill}: how much of the timeline is already published at
 * start; {@code publishInterval}: the pace of live publishing, null or zero for manual
 * {@link NewsroomServer#publishNext()} only; {@code feedSize}: items per feed; {@code flakyFeed}:
 * one publisher's feed fails now and then on the schedule of {@link FeedTrouble} (what
 * {@code newsloom demo} runs with, so the operator side has failures to show); {@code slowAnswer}:
 * how long that feed keeps a request waiting in a slow spell, beyond the fetcher's default 20 s
 * read timeout unless a test shortens both.
 */
public record NewsroomOptions(int port, Duration backfill, Duration publishInterval, Clock clock, int feedSize,
                              boolean flakyFeed, Duration slowAnswer) {
    static final Duration DEFAULT_SLOW_ANSWER = Duration.ofSeconds(30);

    public NewsroomOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (backfill == null || backfill.isNegative()) throw new IllegalArgumentException("backfill must be zero or more");
        if (clock == null) throw new IllegalArgumentException("clock is required");
        if (feedSize < 1) throw new IllegalArgumentException("feedSize must be at least 1");
        if (slowAnswer == null || slowAnswer.isNegative()) throw new IllegalArgumentException("slowAnswer must be zero or more");
    }

    /** Every feed always answers. */
    public NewsroomOptions(int port, Duration backfill, Duration publishInterval, Clock clock, int feedSize) {
        this(port, backfill, publishInterval, clock, feedSize, false, DEFAULT_SLOW_ANSWER);
    }

    public static NewsroomOptions defaults() {
        return new NewsroomOptions(0, Duration.ofHours(48), Duration.ofSeconds(5), Clock.systemUTC(), 30);
    }

    /** Defaults without the background publisher: tests call publishNext themselves. */
    public static NewsroomOptions manual() {
        return defaults().withPublishInterval(null);
    }

    public NewsroomOptions withPort(int port) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withBackfill(Duration backfill) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withPublishInterval(Duration publishInterval) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withClock(Clock clock) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withFeedSize(int feedSize) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withFlakyFeed(boolean flakyFeed) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    public NewsroomOptions withSlowAnswer(Duration slowAnswer) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize, flakyFeed, slowAnswer);
    }

    boolean publishesLive() {
        return publishInterval != null && !publishInterval.isZero() && !publishInterval.isNegative();
    }
}
