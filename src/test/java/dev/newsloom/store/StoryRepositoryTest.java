package dev.newsloom.store;

import static dev.newsloom.store.StoreFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Story placements, merges, aliases and the start-up scan, the same on SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class StoryRepositoryTest {
    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    @Parameter StoreEngine engine;
    @TempDir Path dir;
    Database db;
    ArticleRepository articles;
    StoryRepository stories;
    long source;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        articles = new ArticleRepository(db);
        stories = new StoryRepository(db);
        source = new SourceRepository(db).add("Harbor Gazette", "https://harbor.example/feed", null).id();
    }

    Article add(String path, Instant when) {
        Article a = article(source, "https://harbor.example/" + path, "Title of " + path, when);
        articles.accept(a);
        return a;
    }

    /** 384 signed bytes covering every value, as the story engine stores a quantised embedding. */
    static byte[] embedding(int seed) {
        byte[] out = new byte[384];
        for (int i = 0; i < out.length; i++) out[i] = (byte) (i * 7 + seed);
        return out;
    }

    @Test
    void placementsCopiesMergesAndAliases() {
        Article a1 = add("1", T0), a2 = add("2", T0.plusSeconds(10)), a3 = add("3", T0.plusSeconds(20));
        stories.save(a1.id(), "s1", null, embedding(1), List.of(), List.of());
        stories.save(a2.id(), "s2", null, embedding(2), List.of(), List.of());
        stories.save(a3.id(), "s1", a1.id(), null, List.of(), List.of());
        assertThat(stories.storyOf(a1.id())).contains("s1");
        assertThat(stories.storyOf("f".repeat(32))).isEmpty();
        assertThat(stories.articles("s1")).extracting(Article::id).containsExactly(a3.id(), a1.id());
        assertThat(stories.copiesOf(a1.id())).extracting(Article::id).containsExactly(a3.id());
        assertThat(stories.duplicatesOf(List.of(a1.id(), a2.id(), a3.id()))).isEqualTo(Map.of(a3.id(), a1.id()));
        assertThat(stories.duplicatesOf(List.of())).isEmpty();

        // s2 folds into s1, then s1 into s3: both old ids answer with s3
        Article a4 = add("4", T0.plusSeconds(30));
        stories.save(a4.id(), "s1", null, embedding(4), List.of("s2"), List.of());
        assertThat(stories.storyOf(a2.id())).contains("s1");
        assertThat(stories.resolve("s2")).isEqualTo("s1");
        Article a5 = add("5", T0.plusSeconds(40));
        stories.save(a5.id(), "s3", null, embedding(5), List.of("s1"), List.of());
        assertThat(stories.resolve("s1")).isEqualTo("s3");
        assertThat(stories.resolve("s2")).isEqualTo("s3");
        assertThat(stories.resolve("s3")).isEqualTo("s3");
        assertThat(stories.articles("s3")).extracting(Article::id).containsExactly(a5.id(), a4.id(), a3.id(), a2.id(), a1.id());

        // a later article found to be the original of earlier ones: they now copy it
        Article a6 = add("6", T0.plusSeconds(50));
        stories.save(a6.id(), "s3", null, embedding(6), List.of(), List.of(a4.id(), a5.id()));
        assertThat(stories.copiesOf(a6.id())).extracting(Article::id).containsExactly(a4.id(), a5.id());

        // placed again (a restart re-deciding): story and copy change, the stored embedding stays
        stories.save(a2.id(), "s4", a1.id(), embedding(99), List.of(), List.of());
        List<StoryRepository.Stored> all = new ArrayList<>();
        stories.forEachRecent(100, all::add);
        StoryRepository.Stored two = all.stream().filter(s -> s.article().id().equals(a2.id())).findFirst().orElseThrow();
        assertThat(two.storyId()).isEqualTo("s4");
        assertThat(two.duplicateOf()).isEqualTo(a1.id());
        assertThat(two.embedding()).isEqualTo(embedding(2));
    }

    @Test
    void theStartUpScanStreamsTheNewestInPublicationOrderWhilePlacingTheUnplaced() {
        // more rows than one fetch batch (500), written in one transaction to keep the test quick
        int n = 1_200;
        db.writeVoid(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO articles (id, source_id, url, title, fetched_at, sort_time, body)
                    VALUES (:id, :source, :url, :title, :t, :t, 'text')""");
            for (int i = 0; i < n; i++) {
                String url = "https://harbor.example/bulk/" + i;
                batch.bind("id", dev.newsloom.model.ArticleId.fromUrl(url)).bind("source", source).bind("url", url)
                        .bind("title", "Bulk " + i).bind("t", T0.plusSeconds(i).toEpochMilli()).add();
            }
            batch.execute();
        });
        Article placed = articles.find(dev.newsloom.model.ArticleId.fromUrl("https://harbor.example/bulk/1100")).orElseThrow();
        stories.save(placed.id(), "kept", null, embedding(3), List.of(), List.of());
        new TagRepository(db).save(placed, new Tagging(Category.OPINION, false, List.of()));

        List<String> titles = new ArrayList<>();
        int[] placedNow = {0};
        stories.forEachRecent(1_000, s -> {
            titles.add(s.article().title());
            if (s.storyId() == null) {
                // what Application.restoreStories does: a write while the scan is still open
                stories.save(s.article().id(), "new-" + s.article().id(), null, null, List.of(), List.of());
                placedNow[0]++;
            } else {
                assertThat(s.storyId()).isEqualTo("kept");
                assertThat(s.embedding()).isEqualTo(embedding(3));
                assertThat(s.category()).isEqualTo(Category.OPINION.slug());
            }
        });
        assertThat(titles).hasSize(1_000);
        assertThat(titles.get(0)).isEqualTo("Bulk 200");
        assertThat(titles.get(999)).isEqualTo("Bulk 1199");
        assertThat(placedNow[0]).isEqualTo(999);
        assertThat(stories.storyOf(dev.newsloom.model.ArticleId.fromUrl("https://harbor.example/bulk/200"))).isPresent();
        assertThat(stories.storyOf(dev.newsloom.model.ArticleId.fromUrl("https://harbor.example/bulk/199"))).isEmpty();

        List<String> everyTitle = new ArrayList<>();
        articles.forEach(a -> everyTitle.add(a.title()));
        assertThat(everyTitle).hasSize(n).startsWith("Bulk 0", "Bulk 1").endsWith("Bulk 1199");
    }
}
