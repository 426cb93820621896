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

    /** The longest wait a server's Retry-After is followed for; a longer one waits this long. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    /**
     * After a failure whose answer said when to come back (Retry-After on a 429 or 503, as seconds
     * or an HTTP date): not before then, at most {@link #MAX_RETRY_AFTER} away; the back-off when
     * that is later, or when the header cannot be read.
     */
    public Instant nextAfterFailure(Instant now, int failures, String retryAfter) {
        Instant backedOff = nextAfterFailure(now, failures);
        Instant asked = retryAt(now, retryAfter);
        return asked != null && asked.isAfter(backedOff) ? asked : backedOff;
    }

    static Instant retryAt(Instant now, String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) return null;
        String v = retryAfter.strip();
        Instant at;
        if (v.matches("[0-9]{1,12}")) {
            at = now.plusSeconds(Long.parseLong(v));
        } else {
            try {
                at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        Instant latest = now.plus(MAX_RETRY_AFTER);
        return at.isAfter(latest) ? latest : at;
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
