package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.embed.SentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on the shared development set of real articles (ECB+, 86 events in 43 topics
 * of two look-alike events each). Skips when the dataset is absent; fails when the score falls
 * below what docs/quality.md reports, so a regression is caught.
 */
class ClusteringDatasetTest {
    private static final Path DATASET = Path.of("..", "shared", "datasets", "clustering-dev");

    @Test
    void clustersRealArticlesByEvent() throws Exception {
        assumeTrue(Files.isRegularFile(DATASET.resolve("articles.jsonl")), "clustering-dev dataset not present");
        ObjectMapper json = new ObjectMapper();
        Map<String, String> truth = new HashMap<>();
        json.readTree(DATASET.resolve("labels.json").toFile()).fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue().asText()));
        List<StoryInput> corpus = new ArrayList<>();
        for (String line : Files.readAllLines(DATASET.resolve("articles.jsonl"))) {
            JsonNode n = json.readTree(line);
            corpus.add(new StoryInput(n.get("id").asText(), n.path("title").asText(""), n.path("text").asText(""), null, null, null));
        }
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), new SentenceEmbedder());
        for (int i = 0; i < corpus.size(); i += 64) {
            for (StoryEngine.Prepared p : engine.prepareAll(corpus.subList(i, Math.min(corpus.size(), i + 64)))) engine.place(p);
        }
        Map<String, String> predicted = new HashMap<>();
        for (StoryInput a : corpus) predicted.put(a.id(), engine.storyOf(a.id()).orElseThrow());
        double[] b3 = BCubed.score(truth, predicted);
        System.out.printf("clustering-dev: B-cubed P %.3f R %.3f F1 %.3f%n", b3[0], b3[1], b3[2]);
        assertThat(b3[2]).isGreaterThanOrEqualTo(0.93);

        Map<String, String> topics = new HashMap<>();
        json.readTree(DATASET.resolve("labels_topic.json").toFile()).fields().forEachRemaining(e -> topics.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> related = new HashMap<>();
        for (StoryInput a : corpus) related.put(a.id(), engine.related(a.id(), 10).stream().map(StoryEngine.Related::articleId).toList());
        double p5 = otherStoryPrecisionAt5(truth, topics, related);
        System.out.printf("clustering-dev: related P@5 (other events, same topic) %.3f%n", p5);
        assertThat(p5).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The dataset scorer's "other stories of the same topic" precision at 5: relevant = same
     * topic, another event; the query's own-event articles are dropped before the cut-off.
     */
    static double otherStoryPrecisionAt5(Map<String, String> events, Map<String, String> topics, Map<String, List<String>> related) {
        Map<String, Set<String>> byEvent = new HashMap<>(), byTopic = new HashMap<>();
        for (var e : events.entrySet()) {
            byEvent.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getKey());
            byTopic.computeIfAbsent(topics.get(e.getKey()), k -> new HashSet<>()).add(e.getKey());
        }
        double sum = 0;
        int queries = 0;
        for (var e : events.entrySet()) {
            Set<String> own = byEvent.get(e.getValue());
            Set<String> relevant = new HashSet<>(byTopic.get(topics.get(e.getKey())));
            relevant.removeAll(own);
            if (relevant.isEmpty()) continue;
            queries++;
            List<String> ranked = new ArrayList<>();
            for (String id : related.getOrDefault(e.getKey(), List.of())) if (!own.contains(id) && !ranked.contains(id)) ranked.add(id);
            sum += ranked.stream().limit(5).filter(relevant::contains).count() / 5.0;
        }
        return sum / Math.max(1, queries);
    }
}
