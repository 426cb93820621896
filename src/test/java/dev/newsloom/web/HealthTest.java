package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz tells a monitor whether the site serves, and whether anything new still comes in. */
class HealthTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    @TempDir Path dir;
    Database db;
    ArticleIndex index;
    WebServer web;
    SourceRepository sources;
    Source harbor, fenwold;

    @BeforeEach
    void start() {
        db = Database.openSqlite(dir);
        sources = new SourceRepository(db);
        harbor = sources.add("Harbor Gazette", "http://127.0.0.1:1/feed.xml", null);
        fenwold = sources.add("Fenwold Post", "http://127.0.0.1:1/other.xml", null);
        index = ArticleIndex.open(dir.resolve("index"));
        web = new WebServer(new ArticleRepository(db), sources, new TagRepository(db), index, new StoryRepository(db),
                new StoryEngine(StoryConfig.defaults(), null), Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        web.close();
        index.close();
        db.close();
    }

    JsonNode health(int expectedStatus) throws Exception {
        HttpResponse<String> r = Http.get("http://127.0.0.1:" + web.port() + "/healthz");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return new ObjectMapper().readTree(r.body());
    }

    void fetched(Source s, SourceStatus status, Instant lastSuccess) {
        sources.update(new Source(s.id(), s.name(), s.feedUrl(), s.siteUrl(), s.refreshMinutes(), status,
                status == SourceStatus.ERROR ? "HTTP 500" : null, status == SourceStatus.ERROR ? 3 : 0, NOW.minusSeconds(60), lastSuccess,
                NOW.plusSeconds(600), null, null, s.createdAt()));
    }

    @Test
    void newSourcesNotYetFetchedAreNoProblem() throws Exception {
        JsonNode h = health(200);
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("sources").asInt()).isEqualTo(2);
        assertThat(h.get("sources_failing").asInt()).isZero();
        assertThat(h.get("problems")).isEmpty();
    }

    @Test
    void oneFailingSourceIsCountedAndAllFailingIsDegraded() throws Exception {
        fetched(harbor, SourceStatus.OK, NOW.minusSeconds(120));
        fetched(fenwold, SourceStatus.ERROR, NOW.minus(Duration.ofDays(2)));
        JsonNode h = health(200);
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("sources_failing").asInt()).isEqualTo(1);
        assertThat(Instant.parse(h.get("last_success").asText())).isEqualTo(NOW.minusSeconds(120));

        fetched(harbor, SourceStatus.ERROR, NOW.minusSeconds(120));
        h = health(200);
        assertThat(h.get("status").asText()).isEqualTo("degraded");
        assertThat(h.get("sources_failing").asInt()).isEqualTo(2);
        assertThat(h.get("problems").get(0).asText()).isEqualTo("every source fails to fetch");
    }

    @Test
    void sourcesThatStoppedSucceedingLongAgoAreAStalledPipeline() throws Exception {
        fetched(harbor, SourceStatus.OK, NOW.minus(Duration.ofHours(7)));
        fetched(fenwold, SourceStatus.ERROR, NOW.minus(Duration.ofHours(7)));
        JsonNode h = health(200);
        assertThat(h.get("status").asText()).isEqualTo("degraded");
        assertThat(h.get("sources_stalled").asInt()).isEqualTo(1);
        assertThat(h.get("problems").get(0).asText()).contains("no source has fetched successfully for 6 hours");

        fetched(harbor, SourceStatus.OK, NOW.minus(Duration.ofHours(5)));
        assertThat(health(200).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void pausedAndRemovedSourcesAreNeitherFailingNorStalled() throws Exception {
        fetched(harbor, SourceStatus.OK, NOW.minusSeconds(120));
        fetched(fenwold, SourceStatus.PAUSED, NOW.minus(Duration.ofDays(3)));
        JsonNode h = health(200);
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("sources_paused").asInt()).isEqualTo(1);
        assertThat(h.get("sources_stalled").asInt()).isZero();
        fetched(harbor, SourceStatus.ERROR, NOW.minusSeconds(120));
        fetched(fenwold, SourceStatus.REMOVED, NOW.minus(Duration.ofDays(3)));
        h = health(200);
        assertThat(h.get("sources").asInt()).as("a removed source is not listed").isEqualTo(1);
        assertThat(h.get("status").asText()).isEqualTo("degraded");
        assertThat(h.get("sources_failing").asInt()).isEqualTo(1);
    }

    @Test
    void anUnreadableStoreOrIndexIsDownWithoutInternalText() throws Exception {
        index.close();
        JsonNode h = health(503);
        assertThat(h.get("status").asText()).isEqualTo("down");
        assertThat(h.get("problems").get(0).asText()).isEqualTo("the search index cannot be read (see the server's log)");
        // the store's file gone from under the running site (a disk swapped, a wrong restore)
        db.close();
        for (String f : new String[] {"newsloom.db", "newsloom.db-wal", "newsloom.db-shm"}) java.nio.file.Files.deleteIfExists(dir.resolve(f));
        h = health(503);
        assertThat(h.toString()).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(h.get("problems").findValuesAsText("")).isEmpty();
        assertThat(h.get("problems")).extracting(JsonNode::asText).containsExactly(
                "the store cannot be read (see the server's log)", "the search index cannot be read (see the server's log)");
    }
}
