package dev.newsloom.store;

import dev.newsloom.community.Role;
import dev.newsloom.community.User;
import dev.newsloom.community.UserStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts. */
public final class UserRepository implements UserStore {
    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<User> create(String name, String nameKey, String nameSkeleton, String passwordHash, Role role, Instant now,
            String signupNetwork) {
        return db.write(h -> {
            // no conflict target: the name's key and its skeleton are both unique
            int n = h.createUpdate("""
                            INSERT INTO users (name, name_key, name_skeleton, password_hash, role, created_at, signup_network)
                            VALUES (:name, :key, :skeleton, :hash, :role, :now, :network)
                            ON CONFLICT DO NOTHING""")
                    .bind("name", name).bind("key", nameKey).bind("skeleton", nameSkeleton).bind("hash", passwordHash)
                    .bind("role", role.slug()).bind("now", now.toEpochMilli()).bind("network", signupNetwork).execute();
            if (n == 0) return Optional.<User>empty();
            return h.createQuery("SELECT * FROM users WHERE name_key = :key").bind("key", nameKey)
                    .map((rs, ctx) -> user(rs)).findOne();
        });
    }

    @Override
    public Optional<String> signupNetwork(long id) {
        return db.read(h -> h.createQuery("SELECT signup_network FROM users WHERE id = :id AND signup_network IS NOT NULL")
                .bind("id", id).mapTo(String.class).findOne());
    }

    @Override
    public Optional<User> findBySkeleton(String nameSkeleton) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE name_skeleton = :s").bind("s", nameSkeleton)
                .map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public java.util.Map<Long, String> withoutSkeleton() {
        return db.read(h -> {
            java.util.Map<Long, String> out = new java.util.LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM users WHERE name_skeleton IS NULL ORDER BY id")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), rs.getString("name")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public boolean setSkeleton(long id, String nameSkeleton) {
        try {
            return db.write(h -> h.createUpdate("""
                            UPDATE users SET name_skeleton = :s WHERE id = :id
                            AND NOT EXISTS (SELECT 1 FROM users o WHERE o.name_skeleton = :s AND o.id <> :id)""")
                    .bind("s", nameSkeleton).bind("id", id).execute()) > 0;
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            return false; // another process gave the skeleton to an account a moment before: the unique index said no
        }
    }

    @Override
    public Optional<User> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id).map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public Optional<User> findByKey(String nameKey) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE name_key = :key").bind("key", nameKey)
                .map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public List<User> all() {
        return db.read(h -> h.createQuery("SELECT * FROM users ORDER BY name_key").map((rs, ctx) -> user(rs)).list());
    }

    @Override
    public long countByRole(Role role) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE role = :role").bind("role", role.slug())
                .mapTo(Long.class).one());
    }

    @Override
    public void setPasswordHash(long id, String passwordHash) {
        update("UPDATE users SET password_hash = :v WHERE id = :id", id, passwordHash);
    }

    @Override
    public void setRole(long id, Role role) {
        update("UPDATE users SET role = :v WHERE id = :id", id, role.slug());
    }

    @Override
    public void ban(long id, Instant at, String reason, String by) {
        db.writeVoid(h -> h.createUpdate("UPDATE users SET banned_at = :at, banned_reason = :reason, banned_by = :by WHERE id = :id")
                .bind("at", at.toEpochMilli()).bind("reason", reason).bind("by", by).bind("id", id).execute());
    }

    @Override
    public void unban(long id) {
        db.writeVoid(h -> h.createUpdate("UPDATE users SET banned_at = NULL, banned_reason = NULL, banned_by = NULL WHERE id = :id")
                .bind("id", id).execute());
    }

    @Override
    public void setFeedTokenHash(long id, String tokenHashOrNull) {
        update("UPDATE users SET feed_token_hash = :v WHERE id = :id", id, tokenHashOrNull);
    }

    @Override
    public Optional<User> findByFeedTokenHash(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT * FROM users WHERE feed_token_hash = :hash").bind("hash", tokenHash)
                .map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public void delete(long id) {
        // sessions, follows and reports go with the row (ON DELETE CASCADE); comments keep their place
        db.writeVoid(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute());
    }

    private void update(String sql, long id, String value) {
        db.writeVoid(h -> h.createUpdate(sql).bind("v", value).bind("id", id).execute());
    }

    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), Role.fromSlug(rs.getString("role")).orElse(Role.READER),
                Times.instant(rs, "created_at"), rs.getString("password_hash"), Times.instant(rs, "banned_at"),
                rs.getString("banned_reason"), rs.getString("banned_by"), rs.getString("feed_token_hash") != null);
    }
}
