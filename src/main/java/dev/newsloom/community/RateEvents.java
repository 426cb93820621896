package dev.newsloom.community;

import java.time.Instant;
import java.util.Optional;

/** Timestamped events under a key, counted in sliding windows (implemented by {@code store}). */
public interface RateEvents {
    void record(String key, Instant at);

    int count(String key, Instant since);

    Optional<Instant> oldest(String key, Instant since);

    void clear(String key);

    int purgeBefore(Instant before);
}
