package dev.newsloom.metrics;

import java.time.Duration;

/** Histogram buckets per kind of work: a few each, so every timer stays a handful of series. */
final class Buckets {
    private Buckets() {}

    static Duration[] millis(long... bounds) {
        Duration[] out = new Duration[bounds.length];
        for (int i = 0; i < bounds.length; i++) out[i] = Duration.ofMillis(bounds[i]);
        return out;
    }

    static final Duration[] REQUEST = millis(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000);
    static final Duration[] REFRESH = millis(100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000);
    static final Duration[] PAGE = millis(2, 5, 10, 25, 50, 100, 250, 1_000);
    static final Duration[] PLACEMENT = millis(1, 2, 5, 10, 25, 50, 100, 250);
    static final Duration[] QUERY = millis(5, 10, 25, 50, 100, 250, 500, 1_000);
}
