package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.newsloom.testing.StoreEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The store against a real SQLite file and a real PostgreSQL database, with the same expectations. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class StoreTest {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    @Parameter StoreEngine engine;
    @TempDir Path dir;

    private static Article article(long sourceId, String url, String title, Instant published) {
        return new Article(ArticleId.fromUrl(url), sourceId, url, title, "Mara Quint", published, T0.plusSeconds(5),
                "en", null, null, null, "First paragraph.\nSecond paragraph.", false, List.of("Business", "Ports"));
    }

    @Test
    void whatTheOperatorChangesDuringARefreshIsNotOverwrittenByIt() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        Source read = sources.add("Harbor Gazette", "https://harbor.example/feed", null);
        Source fetched = new Source(read.id(), read.name(), read.feedUrl(), null, 10, SourceStatus.OK, null, 0, T0, T0,
                T0.plusSeconds(600), "\"v2\"", null, read.createdAt());

        sources.setStatus(read.id(), SourceStatus.PAUSED);
        sources.rename(read.id(), "Harbor Evening Gazette");
        sources.update(read, fetched);
        assertThat(sources.find(read.id()).orElseThrow()).extracting(Source::status, Source::name, Source::etag)
                .containsExactly(SourceStatus.PAUSED, "Harbor Evening Gazette", null);

        sources.resume(read.id());
        sources.repoint(read.id(), "https://harbor.example/new-feed");
        sources.update(read, fetched);
        Source now = sources.find(read.id()).orElseThrow();
        assertThat(now.feedUrl()).as("the refresh of the old feed does not undo the new URL").isEqualTo("https://harbor.example/new-feed");
        assertThat(now.status()).isEqualTo(SourceStatus.NEW);
        assertThat(now.nextFetchAt()).isNull();

        Source current = sources.find(read.id()).orElseThrow();
        sources.update(current, new Source(read.id(), "ignored", current.feedUrl(), null, 10, SourceStatus.OK, null, 0, T0, T0,
                T0.plusSeconds(600), null, null, read.createdAt()));
        assertThat(sources.find(read.id()).orElseThrow()).extracting(Source::status, Source::name)
                .containsExactly(SourceStatus.OK, "Harbor Evening Gazette");
        assertThat(sources.findSameFeed("HTTPS://Harbor.Example:443/new-feed#top")).map(Source::id).contains(read.id());

        ArticleRepository articles = new ArticleRepository(db);
        articles.accept(article(read.id(), "https://harbor.example/a/1", "Harbor dredging begins", T0), null);
        sources.setStatus(read.id(), SourceStatus.REMOVED);
        assertThat(sources.listed()).isEmpty();
        assertThat(articles.countBySource(read.id())).as("removing keeps the articles").isEqualTo(1);
        assertThat(sources.deleteWithArticles(read.id()).orElseThrow().articleIds()).containsExactly(ArticleId.fromUrl("https://harbor.example/a/1"));
        assertThat(articles.count()).isZero();
        assertThat(sources.deleteWithArticles(read.id())).isEmpty();
    }

    @Test
    void sourcesAreAddedOnceUpdatedAndDeleted() {
        SourceRepository sources = new SourceRepository(engine.open(dir));
        Source a = sources.add("Harbor Gazette", "https://harbor.example/feed", null);
        Source again = sources.add("Other name", "https://harbor.example/feed", null);
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(again.name()).isEqualTo("Harbor Gazette");
        assertThat(a.status()).isEqualTo(SourceStatus.NEW);
        assertThat(a.refreshMinutes()).isEqualTo(Source.DEFAULT_REFRESH_MINUTES);

        Source failed = new Source(a.id(), a.name(), a.feedUrl(), "https://harbor.example/", 10, SourceStatus.ERROR,
                "HTTP 500 Internal Server Error", 3, T0, null, T0.plusSeconds(240), "\"v1\"", "Tue, 24 Nov 2026", a.createdAt());
        sources.update(failed);
        assertThat(sources.find(a.id())).contains(failed);
        assertThat(sources.findByFeedUrl("https://harbor.example/feed")).contains(failed);

        sources.add("Bay Ledger", "https://bay.example/rss", null);
        assertThat(sources.all()).extracting(Source::name).containsExactly("Bay Ledger", "Harbor Gazette");
        assertThat(sources.delete(a.id())).isTrue();
        assertThat(sources.find(a.id())).isEmpty();
        assertThatThrownBy(() -> sources.add("x", "https://x.example/", null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attemptsAreKeptNewestFirstAndPruned() {
        SourceRepository sources = new SourceRepository(engine.open(dir));
        long id = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        int total = SourceRepository.ATTEMPTS_KEPT_PER_SOURCE + 15;
        for (int i = 0; i < total; i++) {
            sources.logAttempt(new FetchAttempt(0, id, "https://harbor.example/feed", T0.plusSeconds(i), 12, 200, "ok", i, null));
        }
        List<FetchAttempt> recent = sources.recentAttempts(id, 1000);
        assertThat(recent).hasSize(SourceRepository.ATTEMPTS_KEPT_PER_SOURCE);
        assertThat(recent.get(0).newArticles()).isEqualTo(total - 1);
        assertThat(recent.get(0).startedAt()).isEqualTo(T0.plusSeconds(total - 1));
    }

    @Test
    void articlesUpsertByIdSortNewestFirstAndSurviveReopening() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        long s1 = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        long s2 = sources.add("Bay Ledger", "https://bay.example/rss", null).id();
        articles.accept(article(s1, "https://harbor.example/a", "Old", T0.minusSeconds(7200)));
        articles.accept(article(s1, "https://harbor.example/b", "New", T0));
        articles.accept(article(s2, "https://bay.example/c", "Middle", T0.minusSeconds(3600)));
        Article undated = new Article(ArticleId.fromUrl("https://bay.example/d"), s2, "https://bay.example/d", "Undated",
                null, null, T0.plusSeconds(60), null, null, null, null, "", true, null);
        articles.accept(undated);
        // the same URL again, with a corrected title: replaced, not duplicated
        articles.accept(article(s1, "https://harbor.example/a", "Old, corrected", T0.minusSeconds(7200)));

        assertThat(articles.count()).isEqualTo(4);
        assertThat(articles.newest(10, 0)).extracting(Article::title)
                .containsExactly("Undated", "New", "Middle", "Old, corrected");
        assertThat(articles.newest(2, 1)).extracting(Article::title).containsExactly("New", "Middle");
        assertThat(articles.bySource(s1, 10, 0)).extracting(Article::title).containsExactly("New", "Old, corrected");
        assertThat(articles.countBySource(s2)).isEqualTo(2);

        Database reopened = engine.open(dir);
        ArticleRepository again = new ArticleRepository(reopened);
        Article stored = again.find(ArticleId.fromUrl("https://harbor.example/b")).orElseThrow();
        assertThat(stored).isEqualTo(article(s1, "https://harbor.example/b", "New", T0));
        assertThat(again.find(undated.id()).orElseThrow()).isEqualTo(undated);
        List<String> all = new ArrayList<>();
        again.forEach(a -> all.add(a.title()));
        assertThat(all).containsExactly("Old, corrected", "Middle", "New", "Undated");
    }

    @Test
    void aFeedLinkThatRedirectedIsRecognisedAsTheArticle() {
        Database db = engine.open(dir);
        long s = new SourceRepository(db).add("Harbor Gazette", "https://harbor.example/feed", null).id();
        ArticleRepository articles = new ArticleRepository(db);
        String feedLink = "https://harbor.example/r?id=7";
        articles.accept(article(s, "https://harbor.example/2026/lighthouse", "Lighthouse", T0), feedLink);
        assertThat(articles.contains(ArticleId.fromUrl(feedLink))).isTrue();
        assertThat(articles.contains(ArticleId.fromUrl("https://harbor.example/2026/lighthouse"))).isTrue();
        assertThat(articles.contains(ArticleId.fromUrl("https://harbor.example/other"))).isFalse();
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void deletingASourceRemovesItsArticles() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        long s = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        articles.accept(article(s, "https://harbor.example/a", "A", T0));
        sources.delete(s);
        assertThat(articles.count()).isZero();
    }

    @Test
    void concurrentWritersDoNotFail() throws Exception {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        long s = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                articles.accept(article(s, "https://harbor.example/a" + n, "A" + n, T0.plusSeconds(n)));
                sources.logAttempt(new FetchAttempt(0, s, "u", T0, 1, 200, "ok", 1, null));
                articles.newest(5, 0);
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        assertThat(articles.count()).isEqualTo(400);
    }

    @Test
    void aSplitStoryMovesItsArticlesAndTakesBackItsAddress() {
        Database db = engine.open(dir);
        long source = new SourceRepository(db).add("Harbor Gazette", "https://harbor.example/feed", null).id();
        ArticleRepository articles = new ArticleRepository(db);
        StoryRepository stories = new StoryRepository(db);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Article a = article(source, "https://harbor.example/" + i, "Report " + i, T0.plusSeconds(i));
            articles.accept(a);
            ids.add(a.id());
        }
        stories.save(ids.get(0), ids.get(0), null, null, List.of(), List.of());
        stories.save(ids.get(1), ids.get(0), null, null, List.of(), List.of());
        stories.save(ids.get(2), ids.get(2), null, null, List.of(), List.of());
        // the third article's story is folded into the first one, then shows itself another event
        stories.save(ids.get(3), ids.get(0), null, null, List.of(ids.get(2)), List.of());
        assertThat(stories.resolve(ids.get(2))).isEqualTo(ids.get(0));
        assertThat(stories.articles(ids.get(0))).hasSize(4);

        stories.split(ids.get(2), List.of(ids.get(2), ids.get(3)));

        assertThat(stories.resolve(ids.get(2))).isEqualTo(ids.get(2));
        assertThat(stories.articles(ids.get(2))).extracting(Article::id).containsExactlyInAnyOrder(ids.get(2), ids.get(3));
        assertThat(stories.articles(ids.get(0))).extracting(Article::id).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(stories.storyOf(ids.get(3))).contains(ids.get(2));
    }

    @Test
    void sourcesSortByNameIgnoringAsciiCaseThenByCodePointOnBothEngines() {
        SourceRepository sources = new SourceRepository(engine.open(dir));
        for (String name : List.of("zeta", "Émile", "Alpha", "_Wire", "beta", "alpha", "Zoë", "10 Downing")) {
            sources.add(name, "https://feeds.example/" + name.hashCode(), null);
        }
        // lower() folds A-Z only, as SQLite's NOCASE did; the rest compares by code point, not by a locale
        assertThat(sources.all()).extracting(Source::name)
                .containsExactly("10 Downing", "_Wire", "Alpha", "alpha", "beta", "zeta", "Zoë", "Émile");
    }

    @Test
    void aFeedAddedByManyWritersAtOnceIsOneSource() throws Exception {
        SourceRepository sources = new SourceRepository(engine.open(dir));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Source>> added = new ArrayList<>();
        for (int i = 0; i < 16; i++) added.add(pool.submit(() -> sources.add("Harbor Gazette", "https://harbor.example/feed", null)));
        List<Long> ids = new ArrayList<>();
        for (Future<Source> f : added) ids.add(f.get().id());
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(sources.all()).hasSize(1);
    }

    @Test
    void anyTextComesBackAsWrittenExceptNulCharacters() {
        Database db = engine.open(dir);
        long s = new SourceRepository(db).add("Zeitung für Ärzte 日本 📰", "https://z.example/feed", null).id();
        ArticleRepository articles = new ArticleRepository(db);
        Article a = new Article(ArticleId.fromUrl("https://z.example/1"), s, "https://z.example/1", "Nul\u0000in a JSON feed's title",
                "O'Brien; DROP TABLE articles", T0, T0, "de", null, null, null, "Line one\nline two\ttabbed — «quoted» 💡", false,
                List.of("Ärzte", "日本"));
        articles.accept(a);
        Article stored = articles.find(a.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Nulin a JSON feed's title");
        assertThat(stored.byline()).isEqualTo("O'Brien; DROP TABLE articles");
        assertThat(stored.text()).isEqualTo(a.text());
        assertThat(stored.categories()).containsExactly("Ärzte", "日本");
        assertThat(new SourceRepository(db).find(s).orElseThrow().name()).isEqualTo("Zeitung für Ärzte 日本 📰");
    }
}
