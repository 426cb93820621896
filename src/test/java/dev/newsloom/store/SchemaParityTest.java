package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.testing.Postgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two schemas mean the same: after every migration of each engine, the same tables with the
 * same columns in the same order, nullability, defaults, keys, unique constraints, indexes and
 * foreign keys with their cascades; types that hold the same values (64-bit integers for ids and
 * times, C collation for text). A migration added for SQLite without its PostgreSQL twin fails here.
 */
class SchemaParityTest {
    @TempDir Path dir;

    record Column(String name, String type, boolean nullable, String defaultValue, boolean identity) {}

    record Table(List<Column> columns, Set<String> keys, Map<String, String> indexes, Set<String> foreignKeys) {}

    @Test
    void bothEnginesMigrateToTheSameSchema() {
        Database sqlite = Database.openSqlite(dir);
        Database postgres = Postgres.open(dir.resolve("pg"));
        assertThat(migrations(postgres)).as("every SQLite migration has its twin in db/migration/postgresql")
                .isEqualTo(migrations(sqlite));

        Map<String, Table> lite = sqliteSchema(sqlite);
        Map<String, Table> pg = postgresSchema(postgres);
        assertThat(pg.keySet()).isEqualTo(lite.keySet());
        for (String table : lite.keySet()) {
            Table l = lite.get(table), p = pg.get(table);
            assertThat(p.columns()).extracting(Column::name).as(table).containsExactlyElementsOf(l.columns().stream().map(Column::name).toList());
            for (int i = 0; i < l.columns().size(); i++) {
                Column lc = l.columns().get(i), pc = p.columns().get(i);
                String where = table + "." + lc.name();
                assertThat(pc.nullable()).as(where + " nullable").isEqualTo(lc.nullable());
                assertThat(pc.defaultValue()).as(where + " default").isEqualTo(lc.defaultValue());
                assertThat(pc.identity()).as(where + " generated id").isEqualTo(lc.identity());
                assertThat(pc.type()).as(where + " type").isIn(postgresTypesFor(lc));
            }
            assertThat(p.keys()).as(table + " keys").isEqualTo(l.keys());
            assertThat(p.indexes()).as(table + " indexes").isEqualTo(l.indexes());
            assertThat(p.foreignKeys()).as(table + " foreign keys").isEqualTo(l.foreignKeys());
        }
        assertThat(lite).containsKeys("articles", "article_tags", "comments", "boilerplate_lines");
        sqlite.close();
    }

    /** Which PostgreSQL types hold what a SQLite column holds. */
    static Set<String> postgresTypesFor(Column c) {
        String n = c.name();
        return switch (c.type()) {
            // ids, epoch-millisecond times and durations need 64 bits; counts and flags fit smaller types
            case "INTEGER" -> n.equals("id") || n.equals("at") || n.endsWith("_id") || n.endsWith("_at") || n.endsWith("_time")
                    || n.endsWith("_ms") ? Set.of("bigint") : Set.of("bigint", "integer", "boolean");
            case "TEXT" -> Set.of("text COLLATE C");
            case "REAL" -> Set.of("double precision");
            case "BLOB" -> Set.of("bytea");
            default -> Set.of("(SQLite type " + c.type() + " has no counterpart listed here)");
        };
    }

    static List<String> migrations(Database db) {
        return db.read(h -> h.createQuery("SELECT version, description FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2)).list());
    }

    static Map<String, Table> sqliteSchema(Database db) {
        return db.read(h -> {
            Map<String, Table> out = new TreeMap<>();
            for (Map<String, Object> t : h.createQuery("""
                    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name <> 'flyway_schema_history'""").mapToMap().list()) {
                String table = (String) t.get("name");
                boolean autoincrement = ((String) t.get("sql")).toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
                List<Column> columns = new ArrayList<>();
                TreeMap<Integer, String> pk = new TreeMap<>();
                for (Map<String, Object> c : h.createQuery("SELECT * FROM pragma_table_info(:t)").bind("t", table).mapToMap().list()) {
                    String name = (String) c.get("name");
                    int pkOrder = ((Number) c.get("pk")).intValue();
                    if (pkOrder > 0) pk.put(pkOrder, name);
                    boolean nullable = ((Number) c.get("notnull")).intValue() == 0 && pkOrder == 0;
                    String dflt = (String) c.get("dflt_value");
                    columns.add(new Column(name, ((String) c.get("type")).toUpperCase(Locale.ROOT), nullable, dflt,
                            autoincrement && pkOrder > 0));
                }
                Set<String> keys = new TreeSet<>();
                if (!pk.isEmpty()) keys.add("primary key (" + String.join(", ", pk.values()) + ")");
                Map<String, String> indexes = new TreeMap<>();
                for (Map<String, Object> i : h.createQuery("SELECT * FROM pragma_index_list(:t)").bind("t", table).mapToMap().list()) {
                    String name = (String) i.get("name");
                    String origin = (String) i.get("origin");
                    List<String> cols = h.createQuery("SELECT name FROM pragma_index_info(:i) ORDER BY seqno").bind("i", name)
                            .mapTo(String.class).list();
                    if ("u".equals(origin)) keys.add("unique (" + String.join(", ", cols) + ")");
                }
                for (Map<String, Object> i : h.createQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL")
                        .bind("t", table).mapToMap().list()) {
                    indexes.put((String) i.get("name"), indexColumns((String) i.get("sql")));
                }
                Set<String> fks = new TreeSet<>();
                for (Map<String, Object> f : h.createQuery("SELECT * FROM pragma_foreign_key_list(:t)").bind("t", table).mapToMap().list()) {
                    fks.add(f.get("from") + " -> " + f.get("table") + "." + f.get("to") + " on delete "
                            + ((String) f.get("on_delete")).toLowerCase(Locale.ROOT));
                }
                out.put(table, new Table(columns, keys, indexes, fks));
            }
            return out;
        });
    }

    static Map<String, Table> postgresSchema(Database db) {
        return db.read(h -> {
            Map<String, Table> out = new TreeMap<>();
            for (String table : h.createQuery("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
                    AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'""").mapTo(String.class).list()) {
                List<Column> columns = new ArrayList<>();
                for (Map<String, Object> c : h.createQuery("""
                        SELECT column_name, data_type, is_nullable, column_default, collation_name, is_identity
                        FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = :t
                        ORDER BY ordinal_position""").bind("t", table).mapToMap().list()) {
                    String type = (String) c.get("data_type");
                    if (c.get("collation_name") != null) type += " COLLATE " + c.get("collation_name");
                    columns.add(new Column((String) c.get("column_name"), type, "YES".equals(c.get("is_nullable")),
                            sqliteLiteral((String) c.get("column_default")), "YES".equals(c.get("is_identity"))));
                }
                Set<String> keys = new TreeSet<>(h.createQuery("""
                        SELECT CASE con.contype WHEN 'p' THEN 'primary key' ELSE 'unique' END || ' ('
                            || string_agg(att.attname, ', ' ORDER BY k.ord) || ')'
                        FROM pg_constraint con CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                        JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
                        WHERE con.conrelid = CAST(:t AS regclass) AND con.contype IN ('p', 'u')
                        GROUP BY con.oid, con.contype""").bind("t", table).mapTo(String.class).list());
                Map<String, String> indexes = new TreeMap<>();
                for (Map<String, Object> i : h.createQuery("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = :t
                        AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conname = i.indexname AND con.contype IN ('p', 'u'))""")
                        .bind("t", table).mapToMap().list()) {
                    indexes.put((String) i.get("indexname"), indexColumns((String) i.get("indexdef")));
                }
                Set<String> fks = new TreeSet<>(h.createQuery("""
                        SELECT att.attname || ' -> ' || ref.relname || '.' || refatt.attname || ' on delete '
                            || CASE con.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default'
                                                    WHEN 'r' THEN 'restrict' ELSE 'no action' END
                        FROM pg_constraint con
                        JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
                        JOIN pg_class ref ON ref.oid = con.confrelid
                        JOIN pg_attribute refatt ON refatt.attrelid = con.confrelid AND refatt.attnum = con.confkey[1]
                        WHERE con.conrelid = CAST(:t AS regclass) AND con.contype = 'f'""").bind("t", table).mapTo(String.class).list());
                out.put(table, new Table(columns, keys, indexes, fks));
            }
            return out;
        });
    }

    /** "CREATE INDEX x ON t USING btree (a DESC, b)" and SQLite's own text both to "a DESC, b". */
    static String indexColumns(String definition) {
        String cols = definition.substring(definition.indexOf('(') + 1, definition.lastIndexOf(')'));
        return String.join(", ", cols.strip().split("\\s*,\\s*")).replaceAll("\\s+", " ");
    }

    /** PostgreSQL's default expression as SQLite writes the same default: 'NEW'::text to 'NEW', false to 0. */
    static String sqliteLiteral(String pgDefault) {
        if (pgDefault == null || pgDefault.startsWith("nextval(")) return null;
        return switch (pgDefault) {
            case "false" -> "0";
            case "true" -> "1";
            default -> pgDefault.replaceAll("::[a-z ]+$", "");
        };
    }
}
