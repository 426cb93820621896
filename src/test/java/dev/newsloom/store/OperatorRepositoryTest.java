package dev.newsloom.store;

import static dev.newsloom.store.StoreFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The operator's figures (status page and metrics gauges), the same on SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class OperatorRepositoryTest {
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    @Parameter StoreEngine engine;
    @TempDir Path dir;
    SourceRepository sources;
    ArticleRepository articles;
    OperatorRepository operator;
    Source fast, slow, broken;

    @BeforeEach
    void open() {
        Database db = engine.open(dir);
        sources = new SourceRepository(db);
        articles = new ArticleRepository(db);
        operator = new OperatorRepository(db);
        fast = sources.add("Fast Times", "https://fast.example/feed", null);
        slow = sources.add("Slow News", "https://slow.example/feed", null);
        broken = sources.add("Broken Bugle", "https://broken.example/feed", null);
        sources.update(new Source(broken.id(), broken.name(), broken.feedUrl(), null, 10, SourceStatus.ERROR, "HTTP 500", 1, NOW, null,
                NOW, null, null, broken.createdAt()));
        sources.update(new Source(fast.id(), fast.name(), fast.feedUrl(), null, 10, SourceStatus.OK, null, 0, NOW, NOW, NOW, null, null,
                fast.createdAt()));
    }

    void attempt(Source s, Duration ago, long millis, String outcome) {
        sources.logAttempt(new FetchAttempt(0, s.id(), s.feedUrl(), NOW.minus(ago), millis, outcome.equals("error") ? 500 : 200, outcome,
                0, outcome.equals("error") ? "HTTP 500" : null));
    }

    @Test
    void countsSourcesByStatusWithEveryStatusPresent() {
        assertThat(operator.sourcesByStatus()).containsEntry(SourceStatus.OK, 1L).containsEntry(SourceStatus.ERROR, 1L)
                .containsEntry(SourceStatus.NEW, 1L).containsEntry(SourceStatus.PAUSED, 0L);
    }

    @Test
    void countsRowsOfEveryReportedTableInOneGo() {
        articles.accept(article(fast.id(), "https://fast.example/a", "A", NOW));
        articles.accept(article(fast.id(), "https://fast.example/b", "B", NOW));
        attempt(fast, Duration.ofMinutes(1), 100, "ok");
        assertThat(operator.rowCounts()).containsOnlyKeys(OperatorRepository.COUNTED_TABLES)
                .containsEntry("articles", 2L).containsEntry("sources", 3L).containsEntry("fetch_attempts", 1L)
                .containsEntry("users", 0L);
    }

    @Test
    void recentArticlesAndRefreshesAreCountedFromTheGivenInstant() {
        articles.accept(article(fast.id(), "https://fast.example/new", "New", NOW.minus(Duration.ofMinutes(10))));
        articles.accept(article(fast.id(), "https://fast.example/old", "Old", NOW.minus(Duration.ofHours(5))));
        attempt(fast, Duration.ofMinutes(5), 100, "ok");
        attempt(fast, Duration.ofMinutes(15), 90, "not_modified");
        attempt(broken, Duration.ofMinutes(20), 30, "error");
        attempt(broken, Duration.ofHours(3), 30, "error");
        Instant hourAgo = NOW.minus(Duration.ofHours(1));
        assertThat(operator.articlesFetchedSince(hourAgo)).isEqualTo(1);
        assertThat(operator.articlesFetchedSince(NOW.minus(Duration.ofDays(1)))).isEqualTo(2);
        assertThat(operator.refreshesSince(hourAgo)).containsExactly(java.util.Map.entry("ok", 1L),
                java.util.Map.entry("not_modified", 1L), java.util.Map.entry("error", 1L));
    }

    @Test
    void theSlowestSourcesComeFirstByTheirMeanFetchTime() {
        attempt(fast, Duration.ofMinutes(5), 100, "ok");
        attempt(fast, Duration.ofMinutes(15), 300, "ok");
        attempt(slow, Duration.ofMinutes(5), 4_000, "ok");
        attempt(slow, Duration.ofMinutes(15), 1_000, "ok");
        attempt(broken, Duration.ofMinutes(5), 50, "error");
        attempt(broken, Duration.ofDays(2), 90_000, "error"); // before the window
        var slowest = operator.slowestSources(NOW.minus(Duration.ofDays(1)), 2);
        assertThat(slowest).extracting(OperatorRepository.SlowSource::name).containsExactly("Slow News", "Fast Times");
        assertThat(slowest.get(0).attempts()).isEqualTo(2);
        assertThat(slowest.get(0).meanMillis()).isEqualTo(2_500.0);
        assertThat(slowest.get(0).maxMillis()).isEqualTo(4_000);
        assertThat(slowest.get(1).meanMillis()).isEqualTo(200.0);
    }
}
