package dev.newsloom.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store: an embedded SQLite file in WAL mode (the default), or a PostgreSQL database reached
 * through a connection pool; migrated by Flyway on open. SQLite allows one writer at a time, so
 * its writes are serialized here and concurrent ingestion never sees SQLITE_BUSY, while reads run
 * in parallel against the WAL snapshot. PostgreSQL takes concurrent writers; a transaction it
 * aborts as a deadlock victim is run again.
 */
public final class Database implements AutoCloseable {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ReentrantLock writeLock;
    private final String description;
    private final AutoCloseable pool;

    private Database(DataSource ds, Dialect dialect, String description, AutoCloseable pool) {
        this.jdbi = Jdbi.create(ds);
        // PostgreSQL refuses text holding U+0000 (SQLite keeps it); no text of ours means one, so both drop it
        this.jdbi.registerArgument(new TextWithoutNul());
        this.dialect = dialect;
        this.writeLock = dialect.serializesWrites() ? new ReentrantLock() : null;
        this.description = description;
        this.pool = pool;
    }

    /** SQLite under {@code dataDir} when {@code postgres} is null, else that PostgreSQL database. */
    public static Database open(Path dataDir, PostgresConfig postgres) {
        return postgres == null ? openSqlite(dataDir) : openPostgres(postgres);
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
        migrate(ds, Dialect.SQLITE);
        // calls open and close their own connections; this one stays open until close(), because
        // closing a file's last connection checkpoints and deletes the WAL: once per write, else
        // (bench ingest under load: 69 s with it, 40 s without)
        Connection keepsWalOpen;
        try {
            keepsWalOpen = ds.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the SQLite store " + file + ": " + reason(e), e);
        }
        return new Database(ds, Dialect.SQLITE, "SQLite " + file, keepsWalOpen::close);
    }

    public static Database openPostgres(String jdbcUrl, String user, String password) {
        return openPostgres(new PostgresConfig(jdbcUrl, user, password, PostgresConfig.DEFAULT_POOL_SIZE));
    }

    /**
     * Connects (failing at once, in one line, when the server cannot be reached or refuses the
     * account) and brings the schema up to date. Several processes may open one database at once:
     * Flyway takes a lock for the migration.
     */
    public static Database openPostgres(PostgresConfig config) {
        // one plain connection first: its failure is reported in a line, not as the pool's stack trace
        Properties account = new Properties();
        if (config.user() != null) account.setProperty("user", config.user());
        if (config.password() != null) account.setProperty("password", config.password());
        try (Connection probe = DriverManager.getConnection(config.jdbcUrl(), account)) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + config + ": " + reason(e), e);
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("newsloom-store");
        hikari.setJdbcUrl(config.jdbcUrl());
        if (config.user() != null) hikari.setUsername(config.user());
        if (config.password() != null) hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        // commands that open the store for one query should not fill a pool; serve grows it on demand
        hikari.setMinimumIdle(1);
        hikari.addDataSourceProperty("ApplicationName", "newsloom");
        // rows arrive in batches inside transactions (Database.scan) instead of all at once
        hikari.addDataSourceProperty("defaultRowFetchSize", "500");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to " + config + ": " + reason(e), e);
        }
        try {
            migrate(ds, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            ds.close();
            throw new IllegalStateException("cannot prepare the schema in " + config + ": " + reason(e), e);
        }
        return new Database(ds, Dialect.POSTGRESQL, config.toString(), ds);
    }

    private static void migrate(DataSource ds, Dialect dialect) {
        Flyway.configure()
                .dataSource(ds)
                .locations(dialect.migrations())
                .load()
                .migrate();
    }

    public Dialect dialect() {
        return dialect;
    }

    public <R> R read(Function<Handle, R> work) {
        return jdbi.withHandle(work::apply);
    }

    /**
     * A read that streams many rows: the PostgreSQL driver fetches in batches only inside a
     * transaction, and would otherwise hold the whole result in memory.
     */
    public <R> R scan(Function<Handle, R> work) {
        return dialect.streamsInTransaction() ? jdbi.inTransaction(work::apply) : read(work);
    }

    /** Runs {@code work} in one transaction; on PostgreSQL it may run again after a deadlock, so it must only touch the handle. */
    public <R> R write(Function<Handle, R> work) {
        if (writeLock != null) {
            writeLock.lock();
            try {
                return jdbi.inTransaction(work::apply);
            } finally {
                writeLock.unlock();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(work::apply);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !dialect.isTransient(e)) throw e;
                pause(attempt);
            }
        }
    }

    public void writeVoid(Consumer<Handle> work) {
        write(h -> {
            work.accept(h);
            return null;
        });
    }

    /** A short random wait, longer after each failure, so that two victims do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    /** What the driver or the server said (the first SQL error in the chain, else the innermost cause), on one line. */
    static String reason(Throwable e) {
        Throwable said = null;
        for (Throwable t = e; t != null && said == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) said = t;
        }
        if (said == null) {
            said = e;
            while (said.getCause() != null && said.getCause() != said) said = said.getCause();
        }
        String message = said.getMessage() != null ? said.getMessage() : said.getClass().getSimpleName();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the store: " + e.getMessage(), e);
        }
    }

    /** Binds strings with U+0000 removed. */
    private static final class TextWithoutNul extends AbstractArgumentFactory<String> {
        TextWithoutNul() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(String value, ConfigRegistry config) {
            String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
            return (position, statement, ctx) -> statement.setString(position, clean);
        }
    }
}
