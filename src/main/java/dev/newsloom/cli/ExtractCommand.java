package dev.newsloom.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.extract.Extractor;
import dev.newsloom.extract.PageDecoder;
import dev.newsloom.model.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The extraction contract used by benchmarks: one JSON object per input file, in input order,
 * with the fields {@code file, url, title, byline, published, lang, image, caption, credit, text}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from saved pages (.html, .html.gz) as JSON lines.",
                "One JSON object per file, with file, url, title, byline, published (ISO-8601), lang, image, caption, credit and text (one paragraph per line)."})
public final class ExtractCommand implements Callable<Integer> {
    /** Jackson's streaming writer alone: the object mapper's start-up (some 400 classes) is a tenth of a batch's time. */
    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pages to extract (.html or .html.gz).")
    List<Path> files;

    @Option(names = "--url", paramLabel = "URL", description = "The pages' address, to resolve relative links (default: none).")
    String url;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return extractAll(files, url, spec.commandLine().getOut());
    }

    /**
     * {@code extract FILE...} with no option and no {@code @argfile} (how batches run it), or
     * null for picocli to parse: picocli's own classes are Java 5 bytecode, which the JDK's class
     * caches cannot hold, and loading them took a tenth of a second of a 3.5-second batch.
     */
    static Integer runPlain(String... args) {
        if (args.length < 2 || !args[0].equals("extract")) return null;
        List<Path> files = new java.util.ArrayList<>(args.length - 1);
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') return null;
            try {
                files.add(Path.of(a));
            } catch (java.nio.file.InvalidPathException e) {
                return null; // picocli says why
            }
        }
        PrintWriter out = stdout();
        try {
            return extractAll(files, null, out);
        } catch (InterruptedException | RuntimeException e) {
            out.flush();
            System.err.println("newsloom extract: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 1;
        }
    }

    /** The writer picocli would give: its stdout encoding rule, line-flushed. */
    private static PrintWriter stdout() {
        String name = System.getProperty("sun.stdout.encoding");
        java.nio.charset.Charset charset;
        try {
            charset = name == null ? java.nio.charset.Charset.defaultCharset()
                    : java.nio.charset.Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (IllegalArgumentException e) {
            charset = java.nio.charset.Charset.defaultCharset();
        }
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, charset)), true);
    }

    private static int extractAll(List<Path> files, String url, PrintWriter out) throws InterruptedException {
        Extractor extractor = new DensityExtractor();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        boolean failed = false;
        try {
            // a bounded window keeps output in input order while every core works
            Deque<Future<Map<String, Object>>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(pool.submit(() -> extractOne(extractor, file, url)));
                if (window.size() >= threads * 4) failed |= print(out, window.poll());
            }
            while (!window.isEmpty()) failed |= print(out, window.poll());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static boolean print(PrintWriter out, Future<Map<String, Object>> result) throws InterruptedException {
        try {
            Map<String, Object> line = result.get();
            out.println(json(line));
            return line.containsKey("error");
        } catch (ExecutionException | IOException e) {
            out.println("{\"error\":\"" + e.toString().replace("\"", "'") + "\"}");
            return true;
        }
    }

    /** One line of output: every value is a string or null. */
    static String json(Map<String, Object> line) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : line.entrySet()) {
                if (e.getValue() == null) g.writeNullField(e.getKey());
                else g.writeStringField(e.getKey(), e.getValue().toString());
            }
            g.writeEndObject();
        }
        return text.toString();
    }

    private static Map<String, Object> extractOne(Extractor extractor, Path file, String url) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            line.put("error", "cannot read " + file + ": " + e.getMessage());
            return line;
        }
        ExtractedArticle a;
        try {
            a = extractor.extract(PageDecoder.decode(bytes, null), url);
        } catch (RuntimeException | Error e) { // the extractor handles its own failures; this keeps the line's file
            line.put("error", "cannot extract " + file + ": " + e);
            return line;
        }
        line.put("url", a.url());
        line.put("title", a.title());
        line.put("byline", a.byline());
        line.put("published", a.publishedAt() == null ? null : a.publishedAt().toString());
        line.put("lang", a.lang());
        line.put("image", a.image());
        line.put("caption", a.caption());
        line.put("credit", a.credit());
        line.put("text", a.text());
        return line;
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
        // a buffer the size of a page's compressed bytes: the default 512 took a hundred inflate calls for each
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
