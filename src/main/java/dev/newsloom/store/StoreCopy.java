package dev.newsloom.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * Copies a whole store into an empty one of the other engine (SQLite to PostgreSQL, say), row for
 * row with the same ids, so the search index that belongs to the articles stays valid. Tables go
 * in the order their foreign keys need, read from the schema itself, so tables added by later
 * migrations come along; values are converted to the target column's type (SQLite's 0/1 to a
 * BOOLEAN). The target is written in one transaction: a failed copy leaves it empty.
 */
public final class StoreCopy {
    private static final int BATCH = 1_000;
    private static final String HISTORY = "flyway_schema_history";

    private StoreCopy() {}

    /** Rows copied per table, in the order copied; {@code progress} hears each table when done. */
    public static Map<String, Long> copy(Database from, Database to, BiConsumer<String, Long> progress) {
        List<String> versions = SchemaVersions.of(from);
        List<String> target = SchemaVersions.of(to);
        if (!versions.equals(target)) {
            throw new IllegalStateException("the two stores are at different schema versions (" + from + ": " + versions
                    + "; " + to + ": " + target + "); use the same Newsloom version for both");
        }
        // one snapshot of the source, one transaction on the target
        return to.write(out -> from.read(in -> in.inTransaction(from.dialect().snapshotIsolation(),
                snapshot -> copyAll(snapshot, out, to, progress))));
    }

    private static Map<String, Long> copyAll(Handle in, Handle out, Database to, BiConsumer<String, Long> progress) {
        try {
            Connection source = in.getConnection();
            Connection target = out.getConnection();
            List<String> tables = dependencyOrder(target);
            for (String table : tables) {
                try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    if (rs.next()) throw new IllegalStateException(to + " is not empty (table " + table + " has rows); copy into a new database");
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : tables) {
                long n = copyTable(source, target, table);
                copied.put(table, n);
                progress.accept(table, n);
            }
            if (to.dialect() == Dialect.POSTGRESQL) restartIdentities(target, tables);
            return copied;
        } catch (SQLException e) {
            throw new IllegalStateException("copying the store failed: " + Database.reason(e), e);
        }
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        Map<String, Integer> types = columns(target, table);
        Set<String> sourceColumns = columns(source, table).keySet();
        List<String> names = types.keySet().stream().filter(sourceColumns::contains).toList();
        List<String> key = primaryKey(source, table);
        String select = "SELECT " + String.join(", ", names) + " FROM " + table
                // rows in key order: a reply (comments.parent_id) comes after the comment it answers
                + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key));
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(c -> "?").toList()) + ")";
        long n = 0;
        try (Statement read = source.createStatement(); PreparedStatement write = target.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(select)) {
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) bind(write, i + 1, rs.getObject(i + 1), types.get(names.get(i)));
                    write.addBatch();
                    if (++n % BATCH == 0) write.executeBatch();
                }
            }
            if (n % BATCH != 0) write.executeBatch();
        }
        return n;
    }

    private static void bind(PreparedStatement st, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            st.setNull(index, sqlType);
        } else if (sqlType == Types.BOOLEAN || sqlType == Types.BIT) {
            st.setBoolean(index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
        } else if (sqlType == Types.BIGINT || sqlType == Types.INTEGER || sqlType == Types.SMALLINT) {
            st.setLong(index, ((Number) value).longValue());
        } else if (sqlType == Types.DOUBLE || sqlType == Types.REAL || sqlType == Types.FLOAT) {
            st.setDouble(index, ((Number) value).doubleValue());
        } else if (value instanceof byte[] bytes) {
            st.setBytes(index, bytes);
        } else if (value instanceof String s) {
            st.setString(index, s.indexOf('\0') < 0 ? s : s.replace("\0", ""));
        } else {
            st.setObject(index, value);
        }
    }

    /** Every table of the schema but Flyway's, each after the tables its foreign keys point to. */
    private static List<String> dependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> all = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(HISTORY) && !name.startsWith("sqlite_")) all.add(name);
            }
        }
        all.sort(String::compareTo);
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (String table : all) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) parents.add(parent);
                }
            }
            needs.put(table, parents);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            int before = ordered.size();
            for (String table : all) {
                if (!ordered.contains(table) && ordered.containsAll(needs.get(table))) ordered.add(table);
            }
            if (ordered.size() == before) throw new IllegalStateException("foreign keys form a cycle among " + all);
        }
        return ordered;
    }

    private static Map<String, Integer> columns(Connection c, String table) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        String escape = c.getMetaData().getSearchStringEscape();
        String pattern = table.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), pattern, "%")) {
            while (rs.next()) out.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        Map<Integer, String> bySeq = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
            while (rs.next()) bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        return List.copyOf(bySeq.values());
    }

    /** Identity columns continue after the highest id copied, so the next row gets a new one. */
    private static void restartIdentities(Connection c, List<String> tables) throws SQLException {
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'""")) {
                st.setString(1, table);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) identities.add(rs.getString(1));
                }
            }
            for (String column : identities) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                            + "COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)");
                }
            }
        }
    }

    /** The applied migrations of a store, in order. */
    static final class SchemaVersions {
        private SchemaVersions() {}

        static List<String> of(Database db) {
            return db.read(h -> h.createQuery("SELECT version FROM " + HISTORY + " WHERE version IS NOT NULL AND success = TRUE ORDER BY installed_rank")
                    .mapTo(String.class).list());
        }
    }
}
