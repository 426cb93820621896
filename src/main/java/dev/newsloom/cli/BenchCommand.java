package dev.newsloom.cli;

import dev.newsloom.bench.DemoPages;
import dev.newsloom.bench.ExtractionBench;
import dev.newsloom.extract.DensityExtractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print one result line for docs/benchmarks.md.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Ingest.class, BenchCommand.Search.class, BenchCommand.Stories.class,
                BenchCommand.Ai.class, BenchCommand.Web.class, PasswordBench.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + LocalDate.now();
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Decode and extract the demo newsroom's article pages; pages/s on one thread and on all cores, and F1 against the truth.")
    static final class Extract implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--pages", defaultValue = "1000", description = "Pages to generate (default: ${DEFAULT-VALUE}).") int pages;
        @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the pages (default: ${DEFAULT-VALUE}).") int rounds;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--threads", defaultValue = "0", description = "Threads for the parallel figure (default: one per core).") int threads;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            DemoPages demo = DemoPages.generate(seed, pages);
            var r = new ExtractionBench(new DensityExtractor()).run(demo, rounds, n);
            out.printf("extraction: %d demo pages (%.1f MB), %d rounds: %.0f pages/s on 1 thread, %.0f pages/s on %d threads; "
                            + "body F1 %.4f (%d excerpt-only pages not scored), title exact %.3f [%s]%n",
                    r.pages(), r.bytes() / 1e6, rounds, r.pagesPerSecondOneThread(), r.pagesPerSecondAllThreads(),
                    r.threads(), r.meanF1(), r.excerptPages(), r.titleExact(), machine());
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Feed N demo articles through embedding, copy detection, clustering and related articles; rate and heap at each checkpoint.")
    static final class Stories implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--articles", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).") int articles;
        @Option(names = "--checkpoints", split = ",", defaultValue = "10000,100000", description = "Stored counts to report at (default: ${DEFAULT-VALUE}).") List<Integer> checkpoints;
        @Option(names = "--window", defaultValue = "2000", description = "Articles timed before each checkpoint (default: ${DEFAULT-VALUE}).") int window;
        @Option(names = "--seed", defaultValue = "42") long seed;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            boolean semantic = Application.semanticSearchEnabled();
            dev.newsloom.bench.StoryBench.run(seed, articles, checkpoints, window, semantic, m -> System.err.println("bench stories: " + m), c -> {
                out.printf("stories%s at %d stored: %.0f articles/s overall (prepare %.0f/s, place %.0f/s, related %.0f/s over the last %d), "
                                + "%d stories, heap after GC %d MB [%s]%n",
                        semantic ? " (with embeddings)" : " (words only)", c.stored(), c.overallPerSecond(), c.preparePerSecond(),
                        c.placePerSecond(), c.relatedPerSecond(), Math.min(window, c.stored()), c.stories(), c.heapMb(), machine());
                out.flush();
            });
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Index N demo articles into a scratch Lucene index; indexing articles/s and query latency p50/p99 over a query mix.")
    static final class Search implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--articles", defaultValue = "100000", description = "Articles to index (default: ${DEFAULT-VALUE}).") int articles;
        @Option(names = "--queries", defaultValue = "2000", description = "Queries to time (default: ${DEFAULT-VALUE}).") int queries;
        @Option(names = "--world", defaultValue = "100000", description = "Distinct articles to generate; beyond this, copies under new URLs (default: ${DEFAULT-VALUE}).") int world;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--semantic", description = "Also embed every article and blend meaning into the ranking.") boolean semantic;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("newsloom-bench-search");
            try {
                var r = dev.newsloom.bench.SearchBench.run(dir, seed, articles, queries, world, semantic);
                spec.commandLine().getOut().printf(
                        "search%s: %d articles indexed in %.1f s (%.0f articles/s); %d queries: p50 %.2f ms, p99 %.2f ms, %.0f matches on average; slowest [%s] %.1f ms, %d matches [%s]%n",
                        semantic ? " (words + meaning)" : " (words)", r.articles(), r.indexSeconds(), r.articlesPerSecond(), r.queries(), r.p50Millis(), r.p99Millis(),
                        r.meanHits(), r.slowest(), r.slowestMillis(), r.slowestHits(), machine());
                return 0;
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest the demo newsroom end to end (feeds and pages over loopback HTTP, extraction, the store, Lucene) into a scratch data dir; articles/s.")
    static final class Ingest implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--articles", defaultValue = "2000", description = "Articles the newsroom serves (default: ${DEFAULT-VALUE}).") int articles;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--per-host", defaultValue = "2", description = "Concurrent requests per host (default: ${DEFAULT-VALUE}, the production limit; all demo publishers share one host).") int perHost;
        @Option(names = "--database", paramLabel = "URL", description = "Store in this PostgreSQL database (it must be empty; it is not cleaned up) instead of a scratch SQLite file; NEWSLOOM_DATABASE_USER and _PASSWORD apply.") String database;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("newsloom-bench");
            try {
                var postgres = DataDirOption.postgres(database, System.getenv());
                var r = IngestionBench.run(dir, postgres, seed, articles, perHost);
                spec.commandLine().getOut().printf(
                        "ingestion into %s (%d per host, semantic %s): %d articles served, %d stored and %d indexed in %.1f s over %d refresh rounds: %.0f articles/s [%s]%n",
                        postgres == null ? "SQLite" : "PostgreSQL", perHost, Application.semanticSearchEnabled() ? "on" : "off", r.served(), r.stored(), r.indexed(), r.seconds(), r.refreshRounds(), r.articlesPerSecond(), machine());
                return r.stored() >= r.served() ? 0 : 1;
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Command(name = "ai", mixinStandardHelpOptions = true,
            description = "Time the extractive AI features on the demo newsroom: one article's summary, a 20-article story's panel, questions p50/p99.")
    static final class Ai implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--articles", defaultValue = "200", description = "Articles to summarise, one at a time (default: ${DEFAULT-VALUE}).") int articles;
        @Option(names = "--questions", defaultValue = "600", description = "Questions to ask (default: ${DEFAULT-VALUE}).") int questions;
        @Option(names = "--seed", defaultValue = "42") long seed;

        @Override
        public Integer call() {
            boolean semantic = Application.semanticSearchEnabled();
            var r = dev.newsloom.bench.AiBench.run(seed, articles, questions, semantic, m -> System.err.println("bench ai: " + m));
            spec.commandLine().getOut().printf(
                    "ai (%s): article summary, %d articles: mean %.1f ms, p50 %.1f ms, p99 %.1f ms; %d-article story (%d sentences): brief %.0f ms cold, "
                            + "whole panel (brief, who's who, timeline, compare) %.0f ms cold, %.0f ms warm; ask, %d questions: p50 %.1f ms, p99 %.1f ms "
                            + "(first question on a story: p50 %.0f ms, p99 %.0f ms); model load %.0f ms [%s]%n",
                    semantic ? "sentence embeddings" : "words only", r.articles(), r.articleMeanMs(), r.articleP50Ms(), r.articleP99Ms(),
                    r.storyArticles(), r.storySentences(), r.storyBriefColdMs(), r.storyPanelColdMs(), r.storyPanelWarmMs(), r.questions(),
                    r.askP50Ms(), r.askP99Ms(), r.askColdP50Ms(), r.askColdP99Ms(), r.modelLoadMs(), machine());
            return 0;
        }
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = "Ingest the demo newsroom into a scratch store, then time each kind of page and API answer with concurrent clients over loopback: requests/s and latency percentiles.")
    static final class Web implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--articles", defaultValue = "1000", description = "Articles the newsroom serves (default: ${DEFAULT-VALUE}).") int articles;
        @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).") int clients;
        @Option(names = "--seconds", defaultValue = "10", description = "Seconds of requests per kind of page (default: ${DEFAULT-VALUE}).") int seconds;
        @Option(names = "--seed", defaultValue = "42") long seed;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("newsloom-bench-web");
            try {
                var r = WebBench.run(dir, seed, articles, clients, java.time.Duration.ofSeconds(seconds));
                var out = spec.commandLine().getOut();
                out.printf("web: %d articles, %d stories (ingested in %.0f s), %d clients, %d s per kind [%s]%n", r.articles(), r.stories(),
                        r.ingestSeconds(), clients, seconds, machine());
                out.println("| kind | addresses | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | not 200 |");
                out.println("|---|---|---|---|---|---|---|---|---|");
                long errors = 0;
                for (var row : r.rows()) {
                    out.printf("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %d |%n", row.kind(), row.addresses(), row.requests(),
                            row.perSecond(), row.p50(), row.p95(), row.p99(), row.max(), row.errors());
                    errors += row.errors();
                }
                return errors == 0 ? 0 : 1;
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
