package dev.newsloom.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generative engine against a fake OpenAI-compatible server on loopback, over real HTTP: what
 * it sends, what it accepts, and every way a model's reply is refused.
 */
class GenerativeEngineTest {
    static final ExtractiveEngine WORDS = new ExtractiveEngine(null);
    FakeChatServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    Rewriter rewriter(Duration timeout) {
        return new Rewriter(new GenerativeConfig(server.baseUrl(), "fake-model", "secret-key", timeout));
    }

    @Test
    void rewritesASummaryFromTheRetrievedSentencesWithCitations() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text(
                "A storm surge flooded Larkhaven’s harbour on Friday and about 300 homes were evacuated [1]. "
                        + "The mayor said the sea wall was overtopped for the first time since 1998 [1]."));
        ArticleSummary extractive = WORDS.summary(StormStory.GAZETTE);
        ArticleSummary rewritten = rewriter(Duration.ofSeconds(5)).summary(extractive);
        assertThat(rewritten.summary()).hasSize(2);
        assertThat(rewritten.summary().get(0).text()).isEqualTo("A storm surge flooded Larkhaven’s harbour on Friday and about 300 homes were evacuated.");
        assertThat(rewritten.summary()).allMatch(c -> c.cites().equals(List.of(1)));
        assertThat(rewritten.keyPoints()).isEqualTo(extractive.keyPoints());
        assertThat(rewritten.sources()).isEqualTo(extractive.sources());

        FakeChatServer.Request req = server.requests.get(0);
        assertThat(req.path()).isEqualTo("/v1/chat/completions");
        assertThat(req.authorization()).isEqualTo("Bearer secret-key");
        assertThat(req.body().path("model").asText()).isEqualTo("fake-model");
        assertThat(req.body().path("stream").asBoolean()).isFalse();
        assertThat(req.body().path("messages").path(0).path("role").asText()).isEqualTo("system");
        // the model sees only what the extractive engine retrieved, numbered by source
        for (Cited c : extractive.summary()) assertThat(req.userMessage()).contains("[1] " + c.text());
        for (Cited c : extractive.keyPoints()) assertThat(req.userMessage()).contains("[1] " + c.text());
        assertThat(req.userMessage()).doesNotContain("more details would be released").doesNotContain("LARKHAVEN (Meridian)");
    }

    @Test
    void aStoryBriefKeepsCitationsAcrossSources() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text(
                "About 300 homes were evacuated in Larkhaven after a storm surge [1][2]. The ferry terminal will reopen on Monday [3]."));
        StoryBrief extractive = WORDS.brief(StormStory.ALL);
        StoryBrief b = rewriter(Duration.ofSeconds(5)).brief(extractive);
        assertThat(b.brief()).extracting(Cited::cites).containsExactly(List.of(1, 2), List.of(3));
        assertThat(b.whatsNew()).isEqualTo(extractive.whatsNew());
    }

    @Test
    void anAnswerIsCondensedFromTheQuotesAndTheQuotesStay() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text("Some 1,200 passengers were stranded when the terminal closed. [1]"));
        Answer extractive = WORDS.ask(StormStory.ALL, List.of(), "How many passengers were stranded?");
        Answer a = rewriter(Duration.ofSeconds(5)).answer(extractive);
        assertThat(a.condensed()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Some 1,200 passengers were stranded when the terminal closed.");
            assertThat(c.cites()).containsExactly(1);
        });
        assertThat(a.quotes()).isEqualTo(extractive.quotes());
        assertThat(server.requests.get(0).userMessage()).contains("Question: How many passengers were stranded?")
                .doesNotContain("related events");
    }

    @Test
    void anAnswerFromRelatedCoverageIsCondensedAsAboutThoseEvents() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text("In Port Veltra, the storm stranded some 800 ferry passengers [1]."));
        AiDocument elsewhere = new AiDocument("a1000000000000000000000000000010", "Storm closes Port Veltra ferry", "Valley Times", "en",
                java.time.Instant.parse("2026-11-20T12:00:00Z"), List.of("The storm stranded some 800 ferry passengers in Port Veltra on Friday."),
                false, List.of());
        Answer extractive = WORDS.ask(List.of(StormStory.COURIER), List.of(elsewhere), "How many ferry passengers were stranded?");
        assertThat(extractive.fromRelated()).isTrue();
        Answer a = rewriter(Duration.ofSeconds(5)).answer(extractive);
        assertThat(a.fromRelated()).isTrue();
        assertThat(a.condensed()).isNotNull();
        assertThat(server.requests.get(0).userMessage()).contains("reports of related events, not of the one asked about");
    }

    @Test
    void citationsOfSourcesThatWereNotInTheMaterialAreRefused() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text("About 300 homes were evacuated [1]. Nobody was hurt [7]."));
        assertThatThrownBy(() -> rewriter(Duration.ofSeconds(5)).summary(WORDS.summary(StormStory.GAZETTE)))
                .isInstanceOf(GenerativeException.class).hasMessageContaining("[7]");
    }

    @Test
    void uncitedSentencesInventedFiguresAndNonAnswersAreRefused() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.text("About 300 homes were evacuated. The mayor spoke [1]."));
        Rewriter rw = rewriter(Duration.ofSeconds(5));
        ArticleSummary s = WORDS.summary(StormStory.GAZETTE);
        // "About 300 homes were evacuated." has no marker of its own, but passage markers cite the whole passage
        assertThat(rw.summary(s).summary()).hasSize(2).allMatch(c -> c.cites().equals(List.of(1)));
        server.replies = r -> FakeChatServer.Reply.text("About 300 homes were evacuated [1]. Then the mayor left.");
        assertThatThrownBy(() -> rw.summary(s)).isInstanceOf(GenerativeException.class).hasMessageContaining("cites no source");
        server.replies = r -> FakeChatServer.Reply.text("About 3,000 homes were evacuated and 12 people were hurt [1].");
        assertThatThrownBy(() -> rw.summary(s)).isInstanceOf(GenerativeException.class).hasMessageContaining("3,000");
        server.replies = r -> FakeChatServer.Reply.text("NO ANSWER");
        assertThatThrownBy(() -> rw.answer(WORDS.ask(StormStory.ALL, List.of(), "How many passengers were stranded?")))
                .isInstanceOf(GenerativeException.class).hasMessageContaining("no answer");
    }

    @Test
    void serverErrorsAndBrokenRepliesAreFailuresThatSayWhat() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.status(500, "{\"error\":{\"message\":\"model 'fake-model' not found\"}}"));
        ArticleSummary s = WORDS.summary(StormStory.GAZETTE);
        assertThatThrownBy(() -> rewriter(Duration.ofSeconds(5)).summary(s))
                .isInstanceOf(GenerativeException.class).hasMessage("HTTP 500: model 'fake-model' not found");
        server.replies = r -> FakeChatServer.Reply.status(200, "<html>not json</html>");
        assertThatThrownBy(() -> rewriter(Duration.ofSeconds(5)).summary(s)).hasMessageContaining("not JSON");
        server.replies = r -> FakeChatServer.Reply.status(200, "{\"choices\":[]}");
        assertThatThrownBy(() -> rewriter(Duration.ofSeconds(5)).summary(s)).hasMessageContaining("no message content");
    }

    @Test
    void aModelTooSlowToAnswerOrToFinishItsAnswerTimesOut() throws Exception {
        server = new FakeChatServer(r -> FakeChatServer.Reply.slow("About 300 homes were evacuated [1].", Duration.ofSeconds(5)));
        ArticleSummary s = WORDS.summary(StormStory.GAZETTE);
        assertThatThrownBy(() -> rewriter(Duration.ofMillis(300)).summary(s))
                .isInstanceOf(GenerativeException.class).hasMessageContaining("no answer within");
        server.replies = r -> FakeChatServer.Reply.trickling("About 300 homes were evacuated [1].");
        assertThatThrownBy(() -> rewriter(Duration.ofMillis(500)).summary(s))
                .isInstanceOf(GenerativeException.class).hasMessageContaining("no answer within");
    }

    @Test
    void nobodyListeningIsAFailureToo() {
        Rewriter rw = new Rewriter(new GenerativeConfig(URI.create("http://127.0.0.1:9/v1"), "m", null, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> rw.summary(WORDS.summary(StormStory.GAZETTE)))
                .isInstanceOf(GenerativeException.class).hasMessageContaining("cannot reach http://127.0.0.1:9/v1/chat/completions");
    }

    @Test
    void theConfigurationComesFromTheEnvironmentAndBadValuesSayWhichVariable() {
        assertThat(GenerativeConfig.fromEnvironment(Map.of())).isEmpty();
        GenerativeConfig c = GenerativeConfig.fromEnvironment(Map.of("NEWSLOOM_AI_URL", "http://localhost:11434/v1",
                "NEWSLOOM_AI_MODEL", "llama3.2", "NEWSLOOM_AI_TIMEOUT", "12.5")).orElseThrow();
        assertThat(c.chatCompletions()).isEqualTo(URI.create("http://localhost:11434/v1/chat/completions"));
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(12_500));
        assertThat(c.apiKey()).isNull();
        GenerativeConfig full = new GenerativeConfig(URI.create("https://api.example.com/v1/chat/completions"), "m", "k", null);
        assertThat(full.chatCompletions()).isEqualTo(URI.create("https://api.example.com/v1/chat/completions"));
        assertThat(full.toString()).doesNotContain("k,").contains("with API key");
        assertThatThrownBy(() -> GenerativeConfig.fromEnvironment(Map.of("NEWSLOOM_AI_URL", "localhost:11434")))
                .hasMessageContaining("NEWSLOOM_AI_URL");
        assertThatThrownBy(() -> GenerativeConfig.fromEnvironment(Map.of("NEWSLOOM_AI_URL", "http://localhost:11434/v1")))
                .hasMessageContaining("NEWSLOOM_AI_MODEL");
        assertThatThrownBy(() -> GenerativeConfig.fromEnvironment(Map.of("NEWSLOOM_AI_URL", "http://h/v1", "NEWSLOOM_AI_MODEL", "m",
                "NEWSLOOM_AI_TIMEOUT", "soon"))).hasMessageContaining("NEWSLOOM_AI_TIMEOUT");
    }
}
