package dev.newsloom.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How the newsroom server runs. {@code backfill}: how much of the timeline is already published at
 * start; {@code publishInterval}: the pace of live publishing, null or zero for manual
 * {@link NewsroomServer#publishNext()} only; {@code feedSize}: items per feed.
 */
public record NewsroomOptions(int port, Duration backfill, Duration publishInterval, Clock clock, int feedSize) {

    public NewsroomOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (backfill == null || backfill.isNegative()) throw new IllegalArgumentException("backfill must be zero or more");
        if (clock == null) throw new IllegalArgumentException("clock is required");
        if (feedSize < 1) throw new IllegalArgumentException("feedSize must be at least 1");
    }

    public static NewsroomOptions defaults() {
        return new NewsroomOptions(0, Duration.ofHours(48), Duration.ofSeconds(5), Clock.systemUTC(), 30);
    }

    /** Defaults without the background publisher: tests call publishNext themselves. */
    public static NewsroomOptions manual() {
        return defaults().withPublishInterval(null);
    }

    public NewsroomOptions withPort(int port) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize);
    }

    public NewsroomOptions withBackfill(Duration backfill) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize);
    }

    public NewsroomOptions withPublishInterval(Duration publishInterval) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize);
    }

    public NewsroomOptions withClock(Clock clock) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize);
    }

    public NewsroomOptions withFeedSize(int feedSize) {
        return new NewsroomOptions(port, backfill, publishInterval, clock, feedSize);
    }

    boolean publishesLive() {
        return publishInterval != null && !publishInterval.isZero() && !publishInterval.isNegative();
    }
}
