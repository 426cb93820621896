package dev.newsloom.bench;

import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.model.ExtractedArticle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second per core for decode plus extraction of the demo newsroom's pages. Run with
 * {@code java -cp target/newsloom.jar org.openjdk.jmh.Main ExtractionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ExtractionBenchmark {
    private DemoPages pages;
    private ExtractionBench bench;
    private int next;

    @Setup
    public void setUp() {
        pages = DemoPages.generate(42, 300);
        bench = new ExtractionBench(new DensityExtractor());
    }

    @Benchmark
    public ExtractedArticle extractOnePage() {
        DemoPages.Page p = pages.pages().get(next);
        next = (next + 1) % pages.pages().size();
        return bench.extract(p);
    }
}
