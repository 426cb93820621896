package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ai.AiCache.Entry;
import dev.newsloom.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The AI results' cache: one row per subject and feature, replaced and forgotten, the same on both engines. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class AiCacheRepositoryTest {
    @Parameter StoreEngine engine;
    @TempDir Path dir;

    @Test
    void oneResultPerSubjectAndFeatureReplacedThenForgotten() {
        AiCacheRepository cache = new AiCacheRepository(engine.open(dir));
        Instant at = Instant.parse("2026-11-24T08:00:00.123Z");
        String body = "{\"summary\":[{\"text\":\"Über 300 Häuser — «evakuiert» 🌊\",\"cites\":[1]}]," + "\"pad\":\"" + "x".repeat(100_000) + "\"}";
        cache.save("story1", "story.brief", new Entry("v1", "extractive", "pending", body, at));
        cache.save("story1", "story.timeline", new Entry("v1", "extractive", null, "{}", at));
        cache.save("article1", "article.summary", new Entry("v1", "extractive", null, "{}", at));
        assertThat(cache.find("story1", "story.brief")).contains(new Entry("v1", "extractive", "pending", body, at));
        assertThat(cache.find("story1", "story.timeline").orElseThrow().note()).isNull();
        assertThat(cache.find("story1", "nothing")).isEmpty();

        cache.save("story1", "story.brief", new Entry("v2", "generative:m", null, "{\"b\":2}", at.plusSeconds(1)));
        assertThat(cache.find("story1", "story.brief")).contains(new Entry("v2", "generative:m", null, "{\"b\":2}", at.plusSeconds(1)));
        assertThat(cache.count()).isEqualTo(3);

        cache.invalidate(List.of("story1", "unknown"));
        cache.invalidate(List.of());
        assertThat(cache.count()).isEqualTo(1);
        assertThat(cache.find("article1", "article.summary")).isPresent();
    }
}
