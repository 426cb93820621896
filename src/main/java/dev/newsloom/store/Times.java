package dev.newsloom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Instants are stored as epoch milliseconds, null as NULL. */
final class Times {
    private Times() {}

    static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
