package dev.newsloom.bench;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.embed.SentenceEmbedder;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Throughput of the story engine as the number of stored articles grows: the demo newsroom's
 * articles in publication order go through embedding, copy detection, clustering and one
 * related-articles query each; at every checkpoint the rate over the last window is reported, so
 * a cost that grows with the store shows as a falling rate.
 */
public final class StoryBench {
    public record Checkpoint(int stored, double preparePerSecond, double placePerSecond, double relatedPerSecond,
                             double overallPerSecond, long heapMb, int stories) {}

    private StoryBench() {}

    /** Runs the bench; {@code reached} hears each checkpoint as soon as it is measured (a long run reports as it goes). */
    public static void run(long seed, int count, List<Integer> checkpoints, int window, boolean semantic,
            Consumer<String> progress, Consumer<Checkpoint> reached) {
        progress.accept("generating " + count + " articles");
        List<DemoArticle> world = new ArrayList<>(new Newsroom(seed, count).articles());
        world.sort(Comparator.comparing(DemoArticle::published).thenComparing(DemoArticle::id));
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), semantic ? new SentenceEmbedder() : null);
        long prepareNanos = 0, placeNanos = 0, relatedNanos = 0;
        int batch = 64;
        for (int i = 0; i < world.size(); i += batch) {
            List<StoryInput> inputs = world.subList(i, Math.min(world.size(), i + batch)).stream()
                    .map(d -> new StoryInput(d.id(), d.title(), d.text(), d.published(), d.publisherSlug(), d.lang(),
                            d.category().equals("Opinion"))).toList();
            long t0 = System.nanoTime();
            List<StoryEngine.Prepared> prepared = engine.prepareAll(inputs);
            long t1 = System.nanoTime();
            for (StoryEngine.Prepared p : prepared) engine.place(p);
            long t2 = System.nanoTime();
            for (StoryInput in : inputs) engine.related(in.id(), 6);
            long t3 = System.nanoTime();
            int done = Math.min(world.size(), i + batch);
            boolean inWindow = checkpoints.stream().anyMatch(c -> done > c - window && done <= c);
            if (inWindow) {
                prepareNanos += t1 - t0;
                placeNanos += t2 - t1;
                relatedNanos += t3 - t2;
            }
            for (int c : checkpoints) {
                if (done >= c && done - inputs.size() < c) {
                    Runtime rt = Runtime.getRuntime();
                    System.gc();
                    long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                    double n = Math.min(window, c);
                    reached.accept(new Checkpoint(c, n / (prepareNanos / 1e9), n / (placeNanos / 1e9), n / (relatedNanos / 1e9),
                            n / ((prepareNanos + placeNanos + relatedNanos) / 1e9), heap, engine.storyCount()));
                    progress.accept("checkpoint " + c);
                    prepareNanos = placeNanos = relatedNanos = 0;
                }
            }
        }
    }
}
