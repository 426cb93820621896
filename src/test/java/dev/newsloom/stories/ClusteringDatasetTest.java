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
import java.util.List;
import java.util.Map;
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
        assertThat(b3[2]).isGreaterThanOrEqualTo(0.88);
    }
}
