package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.ai.AiCache;
import dev.newsloom.community.Community;
import dev.newsloom.community.CommunityConfig;
import dev.newsloom.community.CommunityFixture;
import dev.newsloom.community.Follow;
import dev.newsloom.community.Role;
import dev.newsloom.community.Target;
import dev.newsloom.community.User;
import dev.newsloom.extract.BoilerplateStore;
import dev.newsloom.model.Article;
import dev.newsloom.model.FetchAttempt;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.MutableClock;
import dev.newsloom.testing.Postgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store copied into PostgreSQL holds the same rows with the same ids, and goes on from there. */
class StoreCopyTest {
    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    @TempDir Path dir;

    @Test
    void everyTableIsCopiedRowForRowAndNewIdsFollowTheCopiedOnes() {
        Database sqlite = Database.openSqlite(dir);
        fill(sqlite);
        Database pg = Postgres.open(dir.resolve("pg"));
        Map<String, Long> copied = new LinkedHashMap<>();
        Map<String, Long> result = StoreCopy.copy(sqlite, pg, copied::put);
        assertThat(result).isEqualTo(copied);
        assertThat(List.copyOf(result.keySet())).as("parents before children")
                .containsSubsequence("sources", "articles", "article_tags")
                .containsSubsequence("users", "comments", "comment_reports");
        assertThat(result).containsEntry("articles", 3L).containsEntry("comments", 3L).containsEntry("article_stories", 3L);

        for (String table : result.keySet()) {
            assertThat(rows(pg, table)).as(table).isEqualTo(rows(sqlite, table));
        }
        // the repositories read the same things back on the copy
        ArticleRepository before = new ArticleRepository(sqlite), after = new ArticleRepository(pg);
        assertThat(after.newest(10, 0)).isEqualTo(before.newest(10, 0));
        assertThat(new TagRepository(pg).of(List.of(before.newest(1, 0).get(0).id())))
                .isEqualTo(new TagRepository(sqlite).of(List.of(before.newest(1, 0).get(0).id())));

        // ids go on after the copied ones
        long maxSource = new SourceRepository(sqlite).all().stream().mapToLong(s -> s.id()).max().orElseThrow();
        assertThat(new SourceRepository(pg).add("New", "https://new.example/feed", null).id()).isGreaterThan(maxSource);
        Community onPg = CommunityFixture.over(pg, CommunityConfig.defaults(), new MutableClock(T0.plus(Duration.ofDays(5))));
        User ana = onPg.accounts().findByName("Ana").orElseThrow();
        assertThat(onPg.comments().post(ana, Target.article("a".repeat(32)), null, "after the copy").id()).isEqualTo(4);

        assertThatThrownBy(() -> StoreCopy.copy(sqlite, pg, (t, n) -> {}))
                .hasMessageContaining("is not empty").hasMessageContaining("copy into a new database");
        sqlite.close();
    }

    static void fill(Database db) {
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        TagRepository tags = new TagRepository(db);
        StoryRepository stories = new StoryRepository(db);
        long s1 = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        long s2 = sources.add("Bay Ledger", "https://bay.example/feed", null).id();
        sources.delete(sources.add("Gone", "https://gone.example/feed", null).id()); // a gap in the ids
        long s3 = sources.add("Hill Courier", "https://hill.example/feed", null).id();
        sources.logAttempt(new FetchAttempt(0, s1, "https://harbor.example/feed", T0, 12, 200, "ok", 2, null));
        sources.logAttempt(new FetchAttempt(0, s2, "https://bay.example/feed", T0, 40, 500, "error", 0, "HTTP 500"));
        Article a = StoreFixtures.article(s1, "https://harbor.example/a", "Ferry strike", T0);
        Article b = StoreFixtures.article(s2, "https://bay.example/b", "Ferry strike (AP)", T0.plusSeconds(60));
        Article c = new Article(dev.newsloom.model.ArticleId.fromUrl("https://hill.example/c"), s3, "https://hill.example/c", "Excerpt",
                "Mara Quint", null, T0.plusSeconds(120), "de", "https://hill.example/i.jpg", "A caption", "AFP", "Only the summary.",
                true, List.of("Lokales", "Hafen"));
        articles.accept(a, "https://harbor.example/r?id=1");
        articles.accept(b);
        articles.accept(c);
        tags.save(a, new Tagging(Category.BUSINESS, true, List.of(Hashtag.of("Ferry Strike", 0.1 + 0.2), Hashtag.of("Port", 2))));
        tags.save(b, new Tagging(Category.BUSINESS, false, List.of(Hashtag.of("Ferry Strike", 1))));
        byte[] embedding = new byte[384];
        Arrays.fill(embedding, (byte) -7);
        stories.save(a.id(), "s-a", null, embedding, List.of(), List.of());
        stories.save(b.id(), "s-a", a.id(), null, List.of(), List.of());
        stories.save(c.id(), "s-c", null, embedding, List.of(), List.of());
        stories.save(c.id(), "s-a", null, embedding, List.of("s-c"), List.of());
        new AiCacheRepository(db).save("s-a", "story.brief", new AiCache.Entry("v1", "extractive", null, "{\"brief\":[]}", T0));
        sources.boilerplate().save(s1, 7, List.of(new BoilerplateStore.Line("promo", "Read our morning edition.", 6, 1, T0)), List.of());

        Community community = CommunityFixture.over(db, CommunityConfig.defaults(), new MutableClock(T0.plus(Duration.ofDays(5))));
        User ana = community.accounts().create("Ana", "a long enough password".toCharArray(), Role.READER);
        User mod = community.accounts().create("Mona", "a long enough password".toCharArray(), Role.MODERATOR);
        var first = community.comments().post(ana, Target.article(a.id()), null, "First comment");
        community.comments().post(mod, Target.article(a.id()), first.id(), "A reply");
        var third = community.comments().post(ana, Target.story("s-a"), null, "On the story");
        community.comments().report(mod, third.id(), "spam");
        community.moderation().addWord(mod, "crypto pump");
        community.follows().follow(ana, Follow.Kind.SOURCE, Long.toString(s1), "Harbor Gazette");
        community.follows().follow(ana, Follow.Kind.HASHTAG, "FerryStrike", "#FerryStrike");
        community.accounts().logIn("Ana", "a long enough password".toCharArray(), "10.0.0.1");
    }

    /** Every row of a table, ordered by all its columns, with flags as 0/1 and blobs as lists, so the engines compare. */
    static List<List<Object>> rows(Database db, String table) {
        return db.read(h -> h.createQuery("SELECT * FROM " + table).mapToMap().list()).stream()
                .map(row -> new java.util.TreeMap<>(row).values().stream().map(StoreCopyTest::comparable).toList())
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
    }

    static Object comparable(Object v) {
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof byte[] bytes) {
            List<Byte> out = new java.util.ArrayList<>();
            for (byte x : bytes) out.add(x);
            return out;
        }
        return v;
    }
}
