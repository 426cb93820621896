package dev.newsloom.testing;

import dev.newsloom.store.Database;
import java.nio.file.Path;

/**
 * The two engines a store test runs on ({@code @ParameterizedClass @EnumSource(StoreEngine.class)}).
 * A store belongs to a directory on both: SQLite's file lives in it, PostgreSQL's database is
 * made for it on first use; opening the same directory again reopens the same store.
 */
public enum StoreEngine {
    SQLITE,
    POSTGRESQL;

    public Database open(Path dir) {
        return this == SQLITE ? Database.openSqlite(dir) : Postgres.open(dir);
    }
}
