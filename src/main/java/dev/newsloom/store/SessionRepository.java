package dev.newsloom.store;

import dev.newsloom.community.Session;
import dev.newsloom.community.SessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions, keyed by the SHA-256 of the cookie's id. */
public final class SessionRepository implements SessionStore {
    private static final String SELECT = """
            SELECT s.id_hash, s.csrf_token, s.created_at AS s_created, s.last_seen_at, s.expires_at, u.*
            FROM sessions s JOIN users u ON u.id = s.user_id""";
    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    @Override
    public void create(String idHash, long userId, String csrfToken, Instant now, Instant expiresAt) {
        db.writeVoid(h -> h.createUpdate("""
                        INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                        VALUES (:id, :user, :csrf, :now, :now, :expires)""")
                .bind("id", idHash).bind("user", userId).bind("csrf", csrfToken).bind("now", now.toEpochMilli())
                .bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<Session> find(String idHash, Instant now) {
        return db.read(h -> h.createQuery(SELECT + " WHERE s.id_hash = :id AND s.expires_at > :now")
                .bind("id", idHash).bind("now", now.toEpochMilli()).map((rs, ctx) -> session(rs)).findOne());
    }

    @Override
    public void touch(String idHash, Instant now, Instant expiresAt) {
        db.writeVoid(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :now, expires_at = :expires WHERE id_hash = :id")
                .bind("now", now.toEpochMilli()).bind("expires", expiresAt.toEpochMilli()).bind("id", idHash).execute());
    }

    @Override
    public void delete(String idHash) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :id").bind("id", idHash).execute());
    }

    @Override
    public void deleteAllOf(long userId) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user").bind("user", userId).execute());
    }

    @Override
    public void deleteAllOfExcept(long userId, String keepIdHash) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND id_hash <> :keep")
                .bind("user", userId).bind("keep", keepIdHash).execute());
    }

    @Override
    public List<Session> of(long userId, Instant now) {
        return db.read(h -> h.createQuery(SELECT + " WHERE s.user_id = :user AND s.expires_at > :now ORDER BY s.last_seen_at DESC, s.id_hash")
                .bind("user", userId).bind("now", now.toEpochMilli()).map((rs, ctx) -> session(rs)).list());
    }

    @Override
    public int purgeExpired(Instant now) {
        return db.write(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", now.toEpochMilli()).execute());
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getString("id_hash"), UserRepository.user(rs), rs.getString("csrf_token"),
                Times.instant(rs, "s_created"), Times.instant(rs, "last_seen_at"), Times.instant(rs, "expires_at"));
    }
}
