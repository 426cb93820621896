package dev.newsloom.cli;

import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;

/**
 * The store without the search index, the sentence model or the story engine: what commands that
 * only read or add sources need. SQLite in WAL mode (or PostgreSQL) lets them run beside a serving
 * process, which holds the index's write lock.
 */
final class StoreOnly implements AutoCloseable {
    private final Database database;
    private final SourceRepository sources;
    private final ArticleRepository articles;

    private StoreOnly(Database database) {
        this.database = database;
        this.sources = new SourceRepository(database);
        this.articles = new ArticleRepository(database);
    }

    static StoreOnly open(DataDirOption data) {
        return new StoreOnly(Database.open(data.path(), data.postgres()));
    }

    /**
     * Opens the store for a command, saying on stderr when there was none in the data directory:
     * a command run from the wrong directory would otherwise fill a store no site reads.
     */
    static StoreOnly open(DataDirOption data, picocli.CommandLine.Model.CommandSpec spec) {
        boolean fresh = data.postgres() == null && !java.nio.file.Files.exists(data.path().resolve("newsloom.db"));
        StoreOnly app = open(data);
        if (fresh) {
            spec.commandLine().getErr().printf("%s: note: there was no Newsloom store in %s; a new one was made there. "
                    + "A site running with another --data-dir (or NEWSLOOM_DATA_DIR) does not see it.%n",
                    spec.commandLine().getCommandName(), data.path());
        }
        return app;
    }

    /**
     * The store of a command that only reads or changes what is there: none in the data directory
     * is an error (stderr, null returned) rather than a new empty store.
     */
    static StoreOnly existing(DataDirOption data, picocli.CommandLine.Model.CommandSpec spec) {
        if (data.postgres() == null && !java.nio.file.Files.exists(data.path().resolve("newsloom.db"))) {
            spec.commandLine().getErr().printf("%s: there is no Newsloom store in %s (pass --data-dir or set NEWSLOOM_DATA_DIR "
                    + "to the site's; serve or add-source makes one)%n", spec.commandLine().getCommandName(), data.path());
            return null;
        }
        return open(data);
    }

    Database database() {
        return database;
    }

    SourceRepository sources() {
        return sources;
    }

    ArticleRepository articles() {
        return articles;
    }

    @Override
    public void close() {
        database.close();
    }
}
