package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.testing.LoopbackServer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseFeedCommandTest {
    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new ParseFeedCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void printsAFeedFileAsOneJsonObject() throws Exception {
        Run r = run(fixture("rss2-content-encoded.xml").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("format").asText()).isEqualTo("rss_2.0");
        assertThat(json.get("title").asText()).isEqualTo("The Quillmoor Courier & Gazette");
        assertThat(json.get("link").asText()).isEqualTo("https://courier.quillmoor.test/");
        assertThat(json.get("language").asText()).isEqualTo("en-gb");
        assertThat(json.get("items")).hasSize(2);

        JsonNode first = json.get("items").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Tom & Jerry\u2019s bakery wins the county loaf prize");
        assertThat(first.get("link").asText()).isEqualTo("https://courier.quillmoor.test/2026/11/bakery-loaf-prize");
        assertThat(first.get("id").asText()).isEqualTo("quillmoor-courier-8841");
        assertThat(first.get("published").asText()).isEqualTo("2026-11-24T09:30:00Z");
        assertThat(first.get("updated").isNull()).isTrue();
        assertThat(first.get("author").asText()).isEqualTo("Mara Thistlewood");
        assertThat(first.get("categories")).extracting(JsonNode::asText).containsExactly("Food", "Local business");
        assertThat(first.get("summary").asText()).isEqualTo("The judges tasted forty loaves & picked one.");
        assertThat(first.get("content").asText()).contains("Mill Lane bakery");
        assertThat(first.properties()).extracting(e -> e.getKey()).containsExactly(
                "title", "link", "id", "published", "updated", "author", "categories", "summary", "content");
    }

    @Test
    void fetchesAUrl() throws Exception {
        byte[] feed;
        try (InputStream in = getClass().getResourceAsStream("/feeds/jsonfeed11.json")) {
            feed = in.readAllBytes();
        }
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/feed.json", ex -> LoopbackServer.respond(ex, 200, "application/feed+json", feed));

            Run r = run(server.url("/feed.json"));

            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("format").asText()).isEqualTo("json_feed_1.1");
            assertThat(json.get("items").get(0).get("published").asText()).isEqualTo("2026-11-23T23:30:00Z");
        }
    }

    @Test
    void aGarbageFileFailsWithOneLineOnStderr() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.xml"), "<rss><channel><title>Half", StandardCharsets.UTF_8);

        Run r = run(garbage.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("parse-feed: malformed XML").endsWith(System.lineSeparator());
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void aMissingFileAndAFailedFetchAreReported() throws Exception {
        Run missing = run(dir.resolve("nope.xml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("parse-feed: no such file");

        try (LoopbackServer server = new LoopbackServer()) {
            server.status("/gone.xml", 410);
            Run gone = run(server.url("/gone.xml"));
            assertThat(gone.exit()).isEqualTo(1);
            assertThat(gone.err().strip()).startsWith("parse-feed: HTTP 410 Gone").doesNotContain("\n");
        }
    }
}
