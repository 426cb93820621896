package dev.newsloom.cli;

import dev.newsloom.store.Database;
import dev.newsloom.store.PostgresConfig;
import dev.newsloom.store.StoreCopy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "copy-store", mixinStandardHelpOptions = true,
        description = {"Copy the SQLite store into an empty PostgreSQL database.",
                "The database is the one --database (or NEWSLOOM_DATABASE_URL) names; everything is copied, ids and all. Stop the site first.",
                "Then run everything with that --database: the search index in the data directory stays valid."})
public final class CopyStoreCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PostgresConfig target = data.postgres();
        if (target == null) {
            throw new IllegalArgumentException("copy-store needs --database URL (or NEWSLOOM_DATABASE_URL): the PostgreSQL database to copy into");
        }
        Path file = data.path().resolve("newsloom.db");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no SQLite store in " + data.path() + " (no newsloom.db)");
        PrintWriter out = spec.commandLine().getOut();
        try (Database from = Database.openSqlite(data.path()); Database to = Database.openPostgres(target)) {
            Map<String, Long> copied = StoreCopy.copy(from, to, (table, rows) -> {
                out.printf("%-22s %,d rows%n", table, rows);
                out.flush();
            });
            long total = copied.values().stream().mapToLong(Long::longValue).sum();
            out.printf("Copied %,d rows from %s into %s. From now on run Newsloom with --database (or NEWSLOOM_DATABASE_URL).%n",
                    total, from, to);
        }
        return 0;
    }
}
