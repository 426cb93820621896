package dev.newsloom.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file in WAL mode, migrated by Flyway on open. SQLite allows one
 * writer at a time; writes are serialized here so that concurrent ingestion never sees
 * SQLITE_BUSY, while reads run in parallel against the WAL snapshot.
 */
public final class Database implements AutoCloseable {
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final String description;

    private Database(Jdbi jdbi, String description) {
        this.jdbi = jdbi;
        this.description = description;
    }

    public static Database openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve("newsloom.db");
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/sqlite")
                .load()
                .migrate();
        return new Database(Jdbi.create(ds), file.toString());
    }

    public <R> R read(Function<Handle, R> work) {
        return jdbi.withHandle(work::apply);
    }

    public <R> R write(Function<Handle, R> work) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(work::apply);
        } finally {
            writeLock.unlock();
        }
    }

    public void writeVoid(Consumer<Handle> work) {
        write(h -> {
            work.accept(h);
            return null;
        });
    }

    @Override
    public String toString() {
        return "SQLite " + description;
    }

    @Override
    public void close() {
        // connections are opened per call and closed by JDBI; nothing stays open
    }
}
