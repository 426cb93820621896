package dev.newsloom.bench;

import dev.newsloom.ai.AiDocument;
import dev.newsloom.ai.ExtractiveEngine;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.DemoEvent;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Speed of the extractive AI features on the demo newsroom: summarising one article, the whole
 * story panel (brief, who's who, timeline, compare) of a 20-article story, and answering
 * questions. "Cold" means the sentences were never embedded (the first visit to a page); the
 * engine then keeps them, so the story's later features and questions are "warm".
 */
public final class AiBench {
    public record Result(int articles, double articleMeanMs, double articleP50Ms, double articleP99Ms, int storyArticles,
                         int storySentences, double storyBriefColdMs, double storyPanelColdMs, double storyPanelWarmMs,
                         int questions, double askP50Ms, double askP99Ms, double askColdP50Ms, double askColdP99Ms, double modelLoadMs) {}

    private AiBench() {}

    public static Result run(long seed, int articles, int questions, boolean semantic, Consumer<String> progress) {
        progress.accept("generating the demo world");
        Newsroom newsroom = new Newsroom(seed, Math.max(600, articles * 3));
        List<DemoStories.Story> stories = DemoStories.of(newsroom, newsroom.articles());
        SentenceEmbedder embedder = semantic ? new SentenceEmbedder() : null;
        long t0 = System.nanoTime();
        if (embedder != null) embedder.embed("warm up the model");
        double load = (System.nanoTime() - t0) / 1e6;

        // one article at a time, each never seen before
        ExtractiveEngine engine = new ExtractiveEngine(embedder);
        List<DemoArticle> full = newsroom.articles().stream().filter(a -> !a.excerptOnly()).toList();
        warm(engine, full.subList(full.size() - 20, full.size()), newsroom);
        List<Double> perArticle = new ArrayList<>();
        for (DemoArticle a : full.subList(0, Math.min(articles, full.size() - 20))) {
            AiDocument d = DemoStories.doc(newsroom, a, List.of());
            long s = System.nanoTime();
            engine.summary(d);
            perArticle.add((System.nanoTime() - s) / 1e6);
        }
        progress.accept("article summaries done");

        // a 20-article story: the demo's events have at most six articles, so twenty articles of one kind of event, nearest in time
        DemoStories.Story biggest = stories.stream().max(Comparator.comparingInt(s -> s.docs().size())).orElseThrow();
        List<AiDocument> twenty = new ArrayList<>(biggest.docs());
        stories.stream().filter(s -> s != biggest && s.event().kind().equals(biggest.event().kind()))
                .sorted(Comparator.comparing(s -> Math.abs(s.event().date().toEpochMilli() - biggest.event().date().toEpochMilli())))
                .flatMap(s -> s.docs().stream()).filter(d -> !d.excerptOnly()).limit(20L - twenty.size()).forEach(twenty::add);
        ExtractiveEngine fresh = new ExtractiveEngine(embedder);
        long s1 = System.nanoTime();
        fresh.brief(twenty);
        double briefCold = (System.nanoTime() - s1) / 1e6;
        ExtractiveEngine fresh2 = new ExtractiveEngine(embedder);
        long s2 = System.nanoTime();
        panel(fresh2, twenty);
        double panelCold = (System.nanoTime() - s2) / 1e6;
        long s3 = System.nanoTime();
        panel(fresh2, twenty);
        double panelWarm = (System.nanoTime() - s3) / 1e6;
        int sentences = twenty.stream().mapToInt(d -> d.paragraphs().stream().mapToInt(p -> p.split("(?<=[.!?])\\s+").length).sum()).sum();
        progress.accept("20-article story done");

        // questions: the demo's fact questions, on stories of two or more articles
        ExtractiveEngine asking = new ExtractiveEngine(embedder);
        List<Double> warmTimes = new ArrayList<>(), coldTimes = new ArrayList<>();
        int asked = 0;
        for (DemoStories.Story s : stories) {
            if (s.docs().size() < 2 || asked >= questions) continue;
            boolean first = true;
            for (DemoEvent.Fact f : s.event().facts()) {
                long q = System.nanoTime();
                asking.ask(s.docs(), List.of(), f.question());
                double ms = (System.nanoTime() - q) / 1e6;
                (first ? coldTimes : warmTimes).add(ms);
                first = false;
                asked++;
            }
        }
        progress.accept("questions done");
        return new Result(perArticle.size(), mean(perArticle), pct(perArticle, 50), pct(perArticle, 99), twenty.size(), sentences,
                briefCold, panelCold, panelWarm, asked, pct(warmTimes, 50), pct(warmTimes, 99), pct(coldTimes, 50), pct(coldTimes, 99), load);
    }

    private static void panel(ExtractiveEngine e, List<AiDocument> docs) {
        e.brief(docs);
        e.whosWho(docs);
        e.timeline(docs);
        e.compare(docs);
    }

    /** The JIT's first passes are not what a running site pays. */
    private static void warm(ExtractiveEngine e, List<DemoArticle> articles, Newsroom newsroom) {
        for (DemoArticle a : articles) e.summary(DemoStories.doc(newsroom, a, List.of()));
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double pct(List<Double> xs, int p) {
        if (xs.isEmpty()) return 0;
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
