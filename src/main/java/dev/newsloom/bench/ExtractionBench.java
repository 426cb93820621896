package dev.newsloom.bench;

import dev.newsloom.extract.Extractor;
import dev.newsloom.extract.PageDecoder;
import dev.newsloom.model.ExtractedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction speed and quality over the demo newsroom's pages: decode plus extract, as the
 * pipeline does it, on one thread and on every core.
 */
public final class ExtractionBench {
    public record Result(int pages, long bytes, double pagesPerSecondOneThread, double pagesPerSecondAllThreads,
            int threads, double meanF1, double titleExact, int excerptPages) {}

    private final Extractor extractor;

    public ExtractionBench(Extractor extractor) {
        this.extractor = extractor;
    }

    public Result run(DemoPages demo, int rounds, int threads) throws Exception {
        List<DemoPages.Page> pages = demo.pages();
        List<ExtractedArticle> results = extractAll(pages); // warm-up, and the quality figures
        double f1 = 0, titles = 0;
        int scored = 0, excerpt = 0;
        for (int i = 0; i < pages.size(); i++) {
            var truth = pages.get(i).truth();
            if (truth.title().equals(results.get(i).title())) titles++;
            if (truth.excerptOnly()) {
                excerpt++;
                continue;
            }
            f1 += TextOverlap.of(results.get(i).text(), truth.text()).f1();
            scored++;
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) extractAll(pages);
        double oneThread = rate(pages.size() * rounds, start);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (DemoPages.Page p : pages) futures.add(pool.submit(() -> extract(p)));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        double allThreads = rate(pages.size() * rounds, start);
        return new Result(pages.size(), demo.bytes(), oneThread, allThreads, threads,
                scored == 0 ? 0 : f1 / scored, titles / pages.size(), excerpt);
    }

    private List<ExtractedArticle> extractAll(List<DemoPages.Page> pages) {
        List<ExtractedArticle> out = new ArrayList<>(pages.size());
        for (DemoPages.Page p : pages) out.add(extract(p));
        return out;
    }

    ExtractedArticle extract(DemoPages.Page p) {
        return extractor.extract(PageDecoder.decode(p.body(), p.contentType()), p.url());
    }

    private static double rate(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }
}
