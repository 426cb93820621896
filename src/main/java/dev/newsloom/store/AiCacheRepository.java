package dev.newsloom.store;

import dev.newsloom.ai.AiCache;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The AI features' results, one row per subject and feature. */
public final class AiCacheRepository implements AiCache {
    private final Database db;

    public AiCacheRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Entry> find(String subjectId, String feature) {
        return db.read(h -> h.createQuery("SELECT * FROM ai_results WHERE subject_id = :s AND feature = :f")
                .bind("s", subjectId).bind("f", feature)
                .map((rs, ctx) -> new Entry(rs.getString("version"), rs.getString("engine"), rs.getString("note"),
                        rs.getString("body"), Instant.ofEpochMilli(rs.getLong("computed_at"))))
                .findOne());
    }

    @Override
    public void save(String subjectId, String feature, Entry e) {
        db.writeVoid(h -> h.createUpdate("""
                        INSERT INTO ai_results (subject_id, feature, version, engine, note, body, computed_at)
                        VALUES (:s, :f, :v, :engine, :note, :body, :at)
                        ON CONFLICT (subject_id, feature) DO UPDATE SET version = excluded.version, engine = excluded.engine,
                            note = excluded.note, body = excluded.body, computed_at = excluded.computed_at""")
                .bind("s", subjectId).bind("f", feature).bind("v", e.version()).bind("engine", e.engine())
                .bind("note", e.note()).bind("body", e.body()).bind("at", e.computedAt().toEpochMilli())
                .execute());
    }

    @Override
    public void invalidate(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) return;
        db.writeVoid(h -> h.createUpdate("DELETE FROM ai_results WHERE subject_id IN (<ids>)")
                .bindList("ids", List.copyOf(subjectIds)).execute());
    }

    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM ai_results").mapTo(Long.class).one());
    }
}
