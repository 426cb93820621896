package dev.newsloom.store;

import dev.newsloom.community.RateEvents;
import java.time.Instant;
import java.util.Optional;

/** Events for sliding-window limits (failed sign-ins, sign-ups). */
public final class RateEventRepository implements RateEvents {
    private final Database db;

    public RateEventRepository(Database db) {
        this.db = db;
    }

    @Override
    public void record(String key, Instant at) {
        db.writeVoid(h -> h.createUpdate("INSERT INTO rate_events (key, at) VALUES (:key, :at)")
                .bind("key", key).bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public int count(String key, Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM rate_events WHERE key = :key AND at > :since")
                .bind("key", key).bind("since", since.toEpochMilli()).mapTo(Integer.class).one());
    }

    @Override
    public Optional<Instant> oldest(String key, Instant since) {
        return db.read(h -> h.createQuery("SELECT MIN(at) FROM rate_events WHERE key = :key AND at > :since")
                .bind("key", key).bind("since", since.toEpochMilli()).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
    }

    @Override
    public void clear(String key) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM rate_events WHERE key = :key").bind("key", key).execute());
    }

    @Override
    public int purgeBefore(Instant before) {
        return db.write(h -> h.createUpdate("DELETE FROM rate_events WHERE at < :before").bind("before", before.toEpochMilli()).execute());
    }
}
