package dev.newsloom.stories;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Stories over the world `newsloom demo` runs (seed 42, 5,000 articles), first N articles in
 * publication order: denser in look-alike events than {@link StoryEngineTest}'s 600-article world,
 * so it shows the merges a reader of the live demo meets. A measurement, a few minutes long, run
 * by hand (docs/quality.md): {@code mvn -o test -Dtest=LiveWorldProbe -Dnewsloom.probe=true}
 * (with {@code -DargLine="--enable-native-access=ALL-UNNAMED -Dnewsloom.probe=true -Dprobe.n=1500"}).
 */
@EnabledIfSystemProperty(named = "newsloom.probe", matches = "true")
class LiveWorldProbe {
    @Test
    void storiesOfTheLiveDemoWorld() {
        long seed = Long.getLong("probe.seed", 42);
        int n = Integer.getInteger("probe.n", 1500);
        List<DemoArticle> world = new ArrayList<>(new Newsroom(seed, 5000).articles());
        world.sort(Comparator.comparing(DemoArticle::published).thenComparing(DemoArticle::id));
        world = world.subList(0, Math.min(n, world.size()));
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), new SentenceEmbedder());
        List<StoryInput> inputs = world.stream().map(StoryEngineTest::input).toList();
        for (int i = 0; i < inputs.size(); i += 64)
            for (StoryEngine.Prepared p : engine.prepareAll(inputs.subList(i, Math.min(inputs.size(), i + 64)))) engine.place(p);
        Map<String, String> truth = new HashMap<>(), predicted = new HashMap<>();
        Map<String, DemoArticle> byId = new HashMap<>();
        for (DemoArticle d : world) {
            truth.put(d.id(), d.eventId());
            predicted.put(d.id(), engine.storyOf(d.id()).orElse(d.id()));
            byId.put(d.id(), d);
        }
        double[] b = BCubed.score(truth, predicted);
        System.out.printf("PROBE seed %d n %d span %s..%s B-cubed P %.4f R %.4f F1 %.4f%n", seed, world.size(), world.get(0).published(),
                world.get(world.size() - 1).published(), b[0], b[1], b[2]);
        Map<String, List<DemoArticle>> stories = new HashMap<>();
        for (DemoArticle d : world) stories.computeIfAbsent(predicted.get(d.id()), k -> new ArrayList<>()).add(d);
        int mixed = 0;
        for (List<DemoArticle> m : stories.values()) {
            Map<String, Integer> ev = new TreeMap<>();
            for (DemoArticle d : m) ev.merge(d.eventId(), 1, Integer::sum);
            if (ev.size() > 1) {
                mixed++;
                if (mixed <= 12) {
                    System.out.println("MIXED " + ev);
                    for (DemoArticle d : m) System.out.println("    " + d.eventId() + " " + d.published() + " " + d.title());
                }
            }
        }
        System.out.println("PROBE mixed stories " + mixed + " of " + stories.size());
        org.assertj.core.api.Assertions.assertThat(b[0]).as("B-cubed precision (0.968 at 1,500 articles on 2026-12-02)").isGreaterThanOrEqualTo(0.94);
    }
}
