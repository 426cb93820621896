package dev.newsloom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.Publisher;
import dev.newsloom.demo.SiteRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write the demo newsroom's pages and ground truth to a directory.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", description = "How many articles, in publication order (default: ${DEFAULT-VALUE}).",
            defaultValue = "200") int count;
    @Option(names = "--seed", description = "World seed; the same seed writes the same files (default: ${DEFAULT-VALUE}).",
            defaultValue = "42") long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.") Path out;
    @Option(names = "--base-uri", description = "Base URI the pages are written for (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://newsroom.test/") URI baseUri;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            spec.commandLine().getErr().println("generate: --count must be at least 1");
            return 2;
        }
        Newsroom newsroom = new Newsroom(seed, count);
        List<DemoArticle> articles = newsroom.articles().subList(0, count);
        SiteRenderer renderer = new SiteRenderer(baseUri);
        ObjectMapper json = new ObjectMapper();
        Path pages = Files.createDirectories(out.resolve("pages"));
        try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter corpus = Files.newBufferedWriter(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles.size(); i++) {
                DemoArticle a = articles.get(i);
                Publisher publisher = newsroom.publisher(a.publisherSlug()).orElseThrow();
                String file = "pages/" + a.id() + ".html.gz";
                // related links only ever point backwards in time, as on the live server
                byte[] page = renderer.articlePage(publisher, a, articles.subList(0, i + 1));
                try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve(a.id() + ".html.gz")))) {
                    gz.write(page);
                }
                String url = a.url(baseUri).toString();
                truth.write(json.writeValueAsString(truthRecord(a, file, url, publisher)));
                truth.newLine();
                corpus.write(json.writeValueAsString(corpusRecord(a, url)));
                corpus.newLine();
            }
        }
        spec.commandLine().getOut().printf("Wrote %d articles from %d publishers (seed %d) to %s%n", articles.size(),
                articles.stream().map(DemoArticle::publisherSlug).distinct().count(), seed, out);
        return 0;
    }

    private static Map<String, Object> truthRecord(DemoArticle a, String file, String url, Publisher publisher) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("publisherSlug", a.publisherSlug());
        m.put("path", a.path());
        m.put("url", url);
        m.put("file", file);
        m.put("charset", publisher.charset());
        m.put("title", a.title());
        m.put("byline", a.byline());
        m.put("published", a.published().toString());
        m.put("lang", a.lang());
        m.put("category", a.category());
        m.put("eventId", a.eventId());
        m.put("eventKind", a.eventKind());
        m.put("wireStoryId", a.wireStoryId());
        m.put("credit", a.credit());
        m.put("paragraphs", a.paragraphs());
        m.put("caption", a.caption());
        m.put("imagePath", a.imagePath());
        m.put("keyFacts", a.keyFacts());
        m.put("tags", a.tags());
        m.put("excerptOnly", a.excerptOnly());
        return m;
    }

    private static Map<String, Object> corpusRecord(DemoArticle a, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("published", a.published().toString());
        m.put("url", url);
        m.put("source", a.publisherSlug());
        m.put("lang", a.lang());
        return m;
    }
}
