package dev.newsloom.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Questions per client, as a token bucket: a burst of half a minute's allowance, refilled
 * steadily. Answering costs sentence embeddings (and maybe a model call), so one client must not
 * keep the machine busy for everyone.
 */
final class AskLimiter {
    private static final int MAX_CLIENTS = 10_000;
    private final double perMillisecond;
    private final double capacity;
    private final Clock clock;
    private final Map<String, double[]> buckets = new HashMap<>();

    AskLimiter(int perMinute, Clock clock) {
        this.perMillisecond = Math.max(1, perMinute) / 60_000.0;
        this.capacity = Math.max(1, perMinute / 2);
        this.clock = clock;
    }

    /** @return 0 when the client may ask now, else the whole seconds to wait */
    synchronized long acquire(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(b -> b[0] + (now - b[1]) * perMillisecond >= capacity);
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {capacity, now});
        b[0] = Math.min(capacity, b[0] + (now - b[1]) * perMillisecond);
        b[1] = now;
        if (b[0] >= 1) {
            b[0] -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - b[0]) / perMillisecond / 1000);
    }
}
