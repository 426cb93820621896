package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir Path dir;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void writesPagesTruthAndCorpus() throws Exception {
        int code = new CommandLine(new GenerateCommand()).execute("--count", "40", "--seed", "5", "--out", dir.toString());
        assertThat(code).isZero();

        try (var files = Files.list(dir.resolve("pages"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".html.gz")).count()).isEqualTo(40);
        }
        List<JsonNode> truth = lines(dir.resolve("truth.jsonl"));
        List<JsonNode> corpus = lines(dir.resolve("corpus.jsonl"));
        assertThat(truth).hasSize(40);
        assertThat(corpus).hasSize(40);
        for (String field : List.of("id", "publisherSlug", "path", "url", "file", "title", "byline", "published", "lang",
                "category", "eventId", "eventKind", "wireStoryId", "credit", "paragraphs", "caption", "imagePath",
                "keyFacts", "tags", "excerptOnly")) {
            assertThat(truth).allSatisfy(t -> assertThat(t.has(field)).as(field).isTrue());
        }
        for (int i = 0; i < truth.size(); i++) {
            JsonNode t = truth.get(i);
            JsonNode c = corpus.get(i);
            assertThat(c.path("id").asText()).isEqualTo(t.path("id").asText());
            assertThat(c.path("url").asText()).isEqualTo(t.path("url").asText());
            assertThat(c.path("source").asText()).isEqualTo(t.path("publisherSlug").asText());
            assertThat(c.path("lang").asText()).isEqualTo("en");
            List<String> paragraphs = new ArrayList<>();
            t.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            assertThat(c.path("text").asText()).isEqualTo(String.join("\n", paragraphs));
            assertThat(c.path("title").asText()).isEqualTo(t.path("title").asText());
            String page;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(t.path("file").asText())))) {
                page = new String(in.readAllBytes(), Charset.forName(t.path("charset").asText()));
            }
            assertThat(page).contains(paragraphs.get(0).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
        assertThat(corpus.get(0).path("published").asText()).isLessThanOrEqualTo(corpus.get(39).path("published").asText());

        Path again = dir.resolve("again");
        new CommandLine(new GenerateCommand()).execute("--count", "40", "--seed", "5", "--out", again.toString());
        assertThat(Files.readString(again.resolve("truth.jsonl"))).isEqualTo(Files.readString(dir.resolve("truth.jsonl")));
    }

    @Test
    void outIsRequired() {
        assertThat(new CommandLine(new GenerateCommand()).execute("--count", "3")).isNotZero();
    }

    private List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) out.add(json.readTree(line));
        return out;
    }
}
