package dev.newsloom.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a source is fetched next. Jitter spreads sources that were added together so they do not
 * hit their hosts in lock-step; failures back off exponentially so a dead feed costs little.
 */
public final class RefreshPolicy {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final RandomGenerator random;

    public RefreshPolicy(RandomGenerator random) {
        this.random = random;
    }

    /** After a success: the source's interval, ±10%. */
    public Instant nextAfterSuccess(Instant now, int refreshMinutes) {
        long base = Duration.ofMinutes(Math.max(1, refreshMinutes)).toMillis();
        return now.plusMillis(jitter(base));
    }

    /** After the {@code failures}-th consecutive failure: 1, 2, 4, 8 ... minutes, at most 6 hours, ±10%. */
    public Instant nextAfterFailure(Instant now, int failures) {
        return now.plusMillis(jitter(backoff(failures).toMillis()));
    }

    static Duration backoff(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration d = FIRST_RETRY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private long jitter(long millis) {
        long spread = millis / 10;
        return spread == 0 ? millis : millis - spread + random.nextLong(2 * spread + 1);
    }
}
