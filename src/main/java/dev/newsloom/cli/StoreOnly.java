package dev.newsloom.cli;

import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import java.nio.file.Path;

/**
 * The store without the search index, the sentence model or the story engine: what commands that
 * only read or add sources need. SQLite in WAL mode lets them run beside a serving process, which
 * holds the index's write lock.
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

    static StoreOnly open(Path dataDir) {
        return new StoreOnly(Database.openSqlite(dataDir));
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
