package dev.newsloom.store;

import dev.newsloom.community.LogEntry;
import dev.newsloom.community.ModerationStore;
import java.time.Instant;
import java.util.List;

/** The moderation log and the blocked words. */
public final class ModerationRepository implements ModerationStore {
    private final Database db;

    public ModerationRepository(Database db) {
        this.db = db;
    }

    @Override
    public void log(Instant at, String moderator, String action, Long commentId, String userName, String detail) {
        db.writeVoid(h -> h.createUpdate("""
                        INSERT INTO moderation_log (at, moderator_name, action, comment_id, user_name, detail)
                        VALUES (:at, :moderator, :action, :comment, :user, :detail)""")
                .bind("at", at.toEpochMilli()).bind("moderator", moderator).bind("action", action).bind("comment", commentId)
                .bind("user", userName).bind("detail", detail).execute());
    }

    @Override
    public List<LogEntry> recent(int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM moderation_log ORDER BY at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    long c = rs.getLong("comment_id");
                    Long commentId = rs.wasNull() ? null : c;
                    return new LogEntry(rs.getLong("id"), Times.instant(rs, "at"), rs.getString("moderator_name"),
                            rs.getString("action"), commentId, rs.getString("user_name"), rs.getString("detail"));
                }).list());
    }

    @Override
    public List<String> words() {
        return db.read(h -> h.createQuery("SELECT word FROM blocked_words ORDER BY word").mapTo(String.class).list());
    }

    @Override
    public boolean addWord(String word, String by, Instant at) {
        return db.write(h -> h.createUpdate("INSERT INTO blocked_words (word, added_by, added_at) VALUES (:w, :by, :at) ON CONFLICT (word) DO NOTHING")
                .bind("w", word).bind("by", by).bind("at", at.toEpochMilli()).execute()) > 0;
    }

    @Override
    public boolean removeWord(String word) {
        return db.write(h -> h.createUpdate("DELETE FROM blocked_words WHERE word = :w").bind("w", word).execute()) > 0;
    }
}
