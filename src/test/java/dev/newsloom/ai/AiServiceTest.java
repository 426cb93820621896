package dev.newsloom.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.store.AiCacheRepository;
import dev.newsloom.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results computed once into a real SQLite store, recomputed when their articles change, rewritten by a model when there is one. */
class AiServiceTest {
    static final ExtractiveEngine WORDS = new ExtractiveEngine(null);
    @TempDir Path dir;
    Database db;
    AiCacheRepository cache;

    @BeforeEach
    void open() {
        db = Database.openSqlite(dir);
        cache = new AiCacheRepository(db);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 20 s");
            Thread.sleep(20);
        }
    }

    @Test
    void aResultIsComputedOnceAndServedFromTheStoreAfterARestart() throws Exception {
        AiService.Computed<ArticleSummary> first;
        try (AiService ai = new AiService(WORDS, cache, null, Clock.systemUTC())) {
            first = ai.summary(StormStory.GAZETTE).get(20, TimeUnit.SECONDS);
            assertThat(first.engine()).isEqualTo("extractive");
            assertThat(first.note()).isNull();
            assertThat(first.value().summary()).isNotEmpty();
            var again = ai.summary(StormStory.GAZETTE);
            assertThat(again.isDone()).as("the second request is answered from the store").isTrue();
            assertThat(again.get().value()).isEqualTo(first.value());
        }
        assertThat(cache.count()).isEqualTo(1);
        try (AiService restarted = new AiService(WORDS, cache, null, Clock.systemUTC())) {
            var served = restarted.summary(StormStory.GAZETTE);
            assertThat(served.isDone()).isTrue();
            assertThat(served.get().value()).isEqualTo(first.value());
            assertThat(served.get().computedAt()).isEqualTo(first.computedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
    }

    @Test
    void aStoryThatGainsAnArticleIsComputedAfreshAndInvalidationForgetsIt() throws Exception {
        try (AiService ai = new AiService(WORDS, cache, null, Clock.systemUTC())) {
            StoryBrief two = ai.brief("story1", StormStory.ALL.subList(0, 2)).get(20, TimeUnit.SECONDS).value();
            assertThat(two.articleCount()).isEqualTo(2);
            assertThat(ai.brief("story1", StormStory.ALL.subList(0, 2)).isDone()).isTrue();
            var three = ai.brief("story1", StormStory.ALL);
            StoryBrief b = three.get(20, TimeUnit.SECONDS).value();
            assertThat(b.articleCount()).isEqualTo(3);
            assertThat(b.whatsNew()).isNotNull();
            assertThat(cache.count()).as("one row per story and feature").isEqualTo(1);
            ai.timeline("story1", StormStory.ALL).get(20, TimeUnit.SECONDS);
            ai.compare("story1", StormStory.ALL).get(20, TimeUnit.SECONDS);
            ai.whosWho("story1", true, StormStory.ALL).get(20, TimeUnit.SECONDS);
            assertThat(cache.count()).isEqualTo(4);
            cache.invalidate(List.of("story1"));
            assertThat(cache.count()).isZero();
            assertThat(ai.brief("story1", StormStory.ALL).get(20, TimeUnit.SECONDS).value()).isEqualTo(b);
        }
    }

    @Test
    void withAModelTheRewriteReplacesTheExtractiveTextOnceItPassesTheChecks() throws Exception {
        try (FakeChatServer server = new FakeChatServer(r -> FakeChatServer.Reply.text("About 300 homes in Larkhaven were evacuated [1]."));
             AiService ai = new AiService(WORDS, cache, new Rewriter(new GenerativeConfig(server.baseUrl(), "fake-model", null, Duration.ofSeconds(5))),
                     Clock.systemUTC())) {
            AiService.Computed<ArticleSummary> now = ai.summary(StormStory.GAZETTE).get(20, TimeUnit.SECONDS);
            // the page is served the extractive text at once; the model's comes later
            assertThat(now.engine()).isEqualTo("extractive");
            assertThat(now.note()).isEqualTo(AiService.PENDING);
            await(() -> cache.find(StormStory.GAZETTE.id(), AiService.ARTICLE_SUMMARY).orElseThrow().engine().startsWith("generative"));
            AiService.Computed<ArticleSummary> later = ai.summary(StormStory.GAZETTE).get();
            assertThat(later.engine()).isEqualTo("generative:fake-model");
            assertThat(later.note()).isNull();
            assertThat(later.value().summary()).extracting(Cited::text).containsExactly("About 300 homes in Larkhaven were evacuated.");
            assertThat(later.value().keyPoints()).isEqualTo(now.value().keyPoints());
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void whenTheModelFailsOrIsTooSlowTheExtractiveTextStaysWithTheReason() throws Exception {
        try (FakeChatServer server = new FakeChatServer(r -> FakeChatServer.Reply.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));
             AiService ai = new AiService(WORDS, cache, new Rewriter(new GenerativeConfig(server.baseUrl(), "fake-model", null, Duration.ofMillis(400))),
                     Clock.systemUTC())) {
            StoryBrief extractive = ai.brief("s", StormStory.ALL).get(20, TimeUnit.SECONDS).value();
            await(() -> !AiService.PENDING.equals(cache.find("s", AiService.STORY_BRIEF).orElseThrow().note()));
            AiService.Computed<StoryBrief> served = ai.brief("s", StormStory.ALL).get();
            assertThat(served.engine()).isEqualTo("extractive");
            assertThat(served.note()).isEqualTo("generative engine failed: HTTP 503: overloaded");
            assertThat(served.value()).isEqualTo(extractive);

            server.replies = r -> FakeChatServer.Reply.slow("About 300 homes were evacuated [1].", Duration.ofSeconds(3));
            StoryBrief other = ai.brief("s2", StormStory.ALL.subList(1, 3)).get(20, TimeUnit.SECONDS).value();
            await(() -> !AiService.PENDING.equals(cache.find("s2", AiService.STORY_BRIEF).orElseThrow().note()));
            AiService.Computed<StoryBrief> slow = ai.brief("s2", StormStory.ALL.subList(1, 3)).get();
            assertThat(slow.note()).startsWith("generative engine failed: no answer within");
            assertThat(slow.value()).isEqualTo(other);

            // a question is answered from the quotes when the model cannot condense them
            AiService.Computed<Answer> a = ai.ask(StormStory.ALL, List.of(), "How many passengers were stranded?").get(20, TimeUnit.SECONDS);
            assertThat(a.value().answered()).isTrue();
            assertThat(a.value().condensed()).isNull();
            assertThat(a.note()).startsWith("generative engine failed");
        }
    }

    @Test
    void theSameQuestionIsAnsweredOnce() throws Exception {
        try (FakeChatServer server = new FakeChatServer(r -> FakeChatServer.Reply.text("Some 1,200 passengers were stranded [1]."));
             AiService ai = new AiService(WORDS, cache, new Rewriter(new GenerativeConfig(server.baseUrl(), "fake-model", null, Duration.ofSeconds(5))),
                     Clock.systemUTC())) {
            AiService.Computed<Answer> a = ai.ask(StormStory.ALL, List.of(), "How many passengers were stranded?").get(20, TimeUnit.SECONDS);
            assertThat(a.engine()).isEqualTo("generative:fake-model");
            assertThat(a.value().condensed()).extracting(Cited::text).containsExactly("Some 1,200 passengers were stranded.");
            var again = ai.ask(StormStory.ALL, List.of(), "  how many passengers were   stranded? ");
            assertThat(again.isDone()).isTrue();
            assertThat(server.requests).hasSize(1);
            // a refusal is not sent to the model at all
            assertThat(ai.ask(StormStory.ALL, List.of(), "Who won the football match?").get(20, TimeUnit.SECONDS).value().answered()).isFalse();
            assertThat(server.requests).hasSize(1);
        }
    }
}
