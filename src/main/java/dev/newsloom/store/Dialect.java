package dev.newsloom.store;

import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * What differs between the two engines. The repositories' SQL is written once, in what both
 * accept ({@code ON CONFLICT}, {@code lower()}, {@code string_agg}, {@code TRUE}); the schemas
 * differ only in their types (migrations per engine), so what is left to choose is how the
 * {@link Database} runs the work.
 */
public enum Dialect {
    /** One file, one writer at a time: writes queue in process instead of meeting SQLITE_BUSY. */
    SQLITE("classpath:db/migration/sqlite", true, false, Set.of(), TransactionIsolationLevel.SERIALIZABLE),
    /**
     * Concurrent writers at READ COMMITTED; a deadlock or serialization failure aborts one
     * transaction, which is run again. The driver streams rows only inside a transaction.
     */
    POSTGRESQL("classpath:db/migration/postgresql", false, true, Set.of("40001", "40P01"), TransactionIsolationLevel.REPEATABLE_READ);

    private final String migrations;
    private final boolean serializesWrites;
    private final boolean streamsInTransaction;
    private final Set<String> retriedStates;
    private final TransactionIsolationLevel snapshotIsolation;

    Dialect(String migrations, boolean serializesWrites, boolean streamsInTransaction, Set<String> retriedStates,
            TransactionIsolationLevel snapshotIsolation) {
        this.migrations = migrations;
        this.serializesWrites = serializesWrites;
        this.streamsInTransaction = streamsInTransaction;
        this.retriedStates = retriedStates;
        this.snapshotIsolation = snapshotIsolation;
    }

    /** Flyway location of this engine's migrations; the two folders hold the same versions. */
    String migrations() {
        return migrations;
    }

    boolean serializesWrites() {
        return serializesWrites;
    }

    boolean streamsInTransaction() {
        return streamsInTransaction;
    }

    /** The isolation at which several queries see one state of the store (SQLite's transactions always do). */
    TransactionIsolationLevel snapshotIsolation() {
        return snapshotIsolation;
    }

    /** Whether a transaction that failed with this error may simply be run again. */
    boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null && retriedStates.contains(e.getSQLState())) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
