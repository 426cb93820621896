package dev.newsloom.cli;

import dev.newsloom.store.PostgresConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Shared by every command that opens the store. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSLOOM_DATA_DIR:-data}",
            description = "Where the database and index live (default: ${DEFAULT-VALUE}; env NEWSLOOM_DATA_DIR).")
    Path dataDir;

    @Option(names = "--database", paramLabel = "URL", defaultValue = "${env:NEWSLOOM_DATABASE_URL}",
            description = {"Keep the store in PostgreSQL instead of SQLite in the data directory, e.g.",
                    "postgresql://USER@HOST:5432/NAME or jdbc:postgresql://HOST:5432/NAME (env NEWSLOOM_DATABASE_URL;",
                    "NEWSLOOM_DATABASE_USER and NEWSLOOM_DATABASE_PASSWORD fill in what the URL leaves out).",
                    "The search index stays in the data directory."})
    String database;

    public Path path() {
        return dataDir.toAbsolutePath().normalize();
    }

    /** The PostgreSQL database to use, or null for SQLite under {@link #path()}. */
    public PostgresConfig postgres() {
        return postgres(database, System.getenv());
    }

    static PostgresConfig postgres(String url, Map<String, String> env) {
        if (url == null || url.isBlank()) return null;
        PostgresConfig config = PostgresConfig.parse(url, env.get("NEWSLOOM_DATABASE_USER"), env.get("NEWSLOOM_DATABASE_PASSWORD"));
        String pool = env.get("NEWSLOOM_DATABASE_POOL_SIZE");
        if (pool == null || pool.isBlank()) return config;
        try {
            return config.withPoolSize(Integer.parseInt(pool.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NEWSLOOM_DATABASE_POOL_SIZE must be a whole number, not " + pool);
        }
    }
}
