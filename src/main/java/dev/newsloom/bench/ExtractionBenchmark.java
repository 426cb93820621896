package dev.newsloom.bench;

import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.extract.PageDecoder;
import dev.newsloom.model.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second on one core for decode plus extraction, warm: the demo newsroom's pages
 * ({@code -p pages=demo}, the default) or the real pages of the shared development set
 * ({@code -p pages=dev}, read from {@code ../shared/datasets/extraction-dev/pages} or the
 * {@code newsloom.datasets} property). Run with
 * {@code java -cp target/newsloom.jar org.openjdk.jmh.Main ExtractionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ExtractionBenchmark {
    @Param({"demo"})
    public String pages;

    private final DensityExtractor extractor = new DensityExtractor();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        if (pages.equals("dev")) {
            Path dir = Path.of(System.getProperty("newsloom.datasets", "../shared/datasets"), "extraction-dev", "pages");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        bodies.add(in.readAllBytes());
                        types.add(null);
                    }
                }
            }
        } else {
            for (DemoPages.Page p : DemoPages.generate(42, 300).pages()) {
                bodies.add(p.body());
                types.add(p.contentType());
            }
        }
        if (bodies.isEmpty()) throw new UncheckedIOException(new IOException("no pages for " + pages));
    }

    @Benchmark
    public ExtractedArticle extractOnePage() {
        int i = next;
        next = (next + 1) % bodies.size();
        return extractor.extract(PageDecoder.decode(bodies.get(i), types.get(i)), null);
    }
}
