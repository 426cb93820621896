package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.PostgresConfig;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.testing.Postgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** newsloom copy-store: the data directory's SQLite store into the database --database names. */
class CopyStoreCommandTest {
    @TempDir Path dir;

    @Test
    void copiesIntoTheNamedDatabaseAndRefusesWhatCannotWork() {
        Path data = dir.resolve("data");
        try (Database sqlite = Database.openSqlite(data)) {
            long s = new SourceRepository(sqlite).add("Harbor Gazette", "https://harbor.example/feed", null).id();
            ArticleRepository articles = new ArticleRepository(sqlite);
            for (int i = 0; i < 3; i++) {
                String url = "https://harbor.example/" + i;
                articles.accept(new Article(ArticleId.fromUrl(url), s, url, "Story " + i, null, Instant.parse("2026-11-24T08:00:00Z").plusSeconds(i),
                        Instant.parse("2026-11-24T08:00:00Z"), "en", null, null, null, "Text " + i + ".", false, List.of()));
            }
        }
        PostgresConfig target = Postgres.configFor(dir.resolve("pg"));
        String url = target.jdbcUrl() + "?user=" + target.user() + "&password=" + target.password();

        var copied = Cli.run("copy-store", "--data-dir", data.toString(), "--database", url);
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).containsPattern("articles\\s+3 rows").containsPattern("sources\\s+1 rows").contains("Copied ");
        try (Database pg = Database.openPostgres(target)) {
            assertThat(new ArticleRepository(pg).newest(10, 0)).extracting(Article::title).containsExactly("Story 2", "Story 1", "Story 0");
        }
        var listed = Cli.run("sources", "--data-dir", dir.resolve("elsewhere").toString(), "--database", url);
        assertThat(listed.out()).contains("Harbor Gazette");

        var again = Cli.run("copy-store", "--data-dir", data.toString(), "--database", url);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).startsWith("newsloom copy-store: " + target + " is not empty (table ").doesNotContain("\n");
        var noTarget = Cli.run("copy-store", "--data-dir", data.toString(), "--database", "");
        assertThat(noTarget.err().strip()).isEqualTo("newsloom copy-store: copy-store needs --database URL (or NEWSLOOM_DATABASE_URL): the PostgreSQL database to copy into");
        var noStore = Cli.run("copy-store", "--data-dir", dir.resolve("nothing").toString(), "--database", url);
        assertThat(noStore.err().strip()).startsWith("newsloom copy-store: no SQLite store in ");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }
}
