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
