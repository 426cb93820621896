package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsloom cluster}: the measuring contract, and stories given instead of decided. */
class ClusterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    /** Two ferry strikes in two ports and a flood: what the engine would group is not what the labels say. */
    private static final String[][] CORPUS = {
        {"a1", "Ferry crews in Portmere walk out over rosters", "Ferry crews in Portmere stopped work on Monday in a dispute over "
                + "night rosters, leaving the island crossing without a boat. The union said the strike would last two days."},
        {"a2", "Portmere ferry strike strands island commuters", "Commuters to the island waited at the Portmere quay as ferry crews "
                + "kept up their strike over rosters. The operator said talks with the union would resume on Wednesday."},
        {"b1", "Ferry workers strike in Lowhaven over pay", "Ferry workers in Lowhaven began a strike over pay on Thursday, and the "
                + "harbour crossing to the peninsula was cancelled. Their union asked for talks with the operator."},
        {"b2", "Lowhaven ferry strike enters second day", "The ferry strike in Lowhaven went into a second day with no crossings to "
                + "the peninsula. The operator offered talks on pay, the union said it would reply on Saturday."},
        {"c1", "River floods farmland north of Dunmore", "The river burst its banks north of Dunmore after a week of rain, flooding "
                + "farmland and closing two roads. Farmers moved cattle to higher fields overnight."},
    };

    @Test
    void givenStoriesAreKeptAndTheRelatedListsLeaveEachArticlesOwnStoryOut() throws Exception {
        Path corpus = corpus();
        Path labels = dir.resolve("labels.json");
        // a1 and b1 told to be one story, a2 and b2 another; c1 is not named and is placed as usual
        Files.writeString(labels, "{\"a1\": \"first\", \"b1\": \"first\", \"a2\": \"second\", \"b2\": \"second\"}");

        Map<String, JsonNode> lines = run(corpus.toString(), "--stories-from", labels.toString());

        assertThat(lines.get("a1").get("cluster").asText()).isEqualTo("first");
        assertThat(lines.get("b1").get("cluster").asText()).isEqualTo("first");
        assertThat(lines.get("a2").get("cluster").asText()).isEqualTo("second");
        assertThat(lines.get("b2").get("cluster").asText()).isEqualTo("second");
        assertThat(lines.get("c1").get("cluster").asText()).isNotIn("first", "second");
        assertThat(ids(lines.get("a1").get("related"))).doesNotContain("a1", "b1").contains("a2");
        assertThat(ids(lines.get("a2").get("related"))).doesNotContain("a2", "b2").contains("a1");
    }

    @Test
    void withoutGivenStoriesTheEngineDecidesThem() throws Exception {
        Map<String, JsonNode> lines = run(corpus().toString());

        assertThat(lines).hasSize(CORPUS.length);
        assertThat(lines.values()).extracting(l -> l.get("cluster").asText()).doesNotContain("first", "second");
    }

    @Test
    void aLabelsFileThatIsNotAnObjectIsRefusedWithItsName() throws Exception {
        Path labels = dir.resolve("labels.json");
        Files.writeString(labels, "[\"a1\", \"first\"]");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Main.commandLine("cluster");
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("cluster", corpus().toString(), "--stories-from", labels.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("labels.json").contains("expected a JSON object");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aCorpusLineThatCannotBeReadStopsTheRunWithItsFileLineAndReason() throws Exception {
        String good = "{\"id\": \"a1\", \"title\": \"Ferry strike\", \"text\": \"Crews walked out.\"}\n";
        Map<String, String> refusals = Map.of(
                "[1, 2]\n", ":2: not a JSON object",
                "{\"title\": \"no id\"}\n", ":2: no \"id\"",
                "{\"id\": \"a1\", \"title\": \"again\"}\n", ":2: id \"a1\" again (first on line 1)",
                "{\"id\": \"b1\", \"published\": \"yesterday\"}\n", ":2: \"published\" is not an ISO-8601 time: yesterday",
                "{\"id\": \"b1\", \"published\": \"2026-13-45T00:00:00Z\"}\n", ":2: \"published\" is not an ISO-8601 time");
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            Path file = dir.resolve("bad.jsonl");
            Files.writeString(file, good + r.getKey(), StandardCharsets.UTF_8);
            String[] result = runFailing(file.toString());
            assertThat(result[1]).as("for %s", r.getKey()).contains(file + r.getValue());
            assertThat(result[0]).isEmpty();
        }
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, (good + "{\"id\": \"b1\", \"title\": \"Caf\u00e9\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(runFailing(latin1.toString())[1]).contains("latin1.jsonl:2: not UTF-8 text");
        assertThat(runFailing(dir.resolve("missing.jsonl").toString())[1]).contains("cannot read " + dir.resolve("missing.jsonl") + ": no such file");
    }

    @Test
    void publishedTakesAnInstantATimeWithItsOffsetOrADayAndAByteOrderMarkIsSkipped() throws Exception {
        Path file = dir.resolve("times.jsonl");
        Files.writeString(file, """
                \uFEFF{"id": "z", "title": "Ferry strike", "text": "Crews walked out.", "published": "2026-11-30T08:00:00Z"}
                {"id": "o", "title": "Ferry strike", "text": "Crews walked out.", "published": "2026-11-30T09:00:00+01:00"}
                {"id": "d", "title": "Ferry strike", "text": "Crews walked out.", "published": "2026-11-30"}
                """, StandardCharsets.UTF_8);
        List<dev.newsloom.stories.StoryInput> read = ClusterCommand.read(file);
        assertThat(read).extracting(dev.newsloom.stories.StoryInput::published).containsExactly(
                java.time.Instant.parse("2026-11-30T08:00:00Z"), java.time.Instant.parse("2026-11-30T08:00:00Z"),
                java.time.Instant.parse("2026-11-30T00:00:00Z"));
    }

    /** The run's standard output and error, for a run that must end with exit code 1. */
    private static String[] runFailing(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = Main.commandLine("cluster");
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "cluster";
        System.arraycopy(args, 0, full, 1, args.length);
        assertThat(cli.execute(full)).as("exit code, stderr: %s", err).isEqualTo(1);
        return new String[] {out.toString(), err.toString()};
    }

    private Path corpus() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (String[] a : CORPUS) {
            jsonl.append(JSON.writeValueAsString(Map.of("id", a[0], "title", a[1], "text", a[2], "lang", "en"))).append('\n');
        }
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, jsonl, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, JsonNode> run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine("cluster");
        cli.setOut(new PrintWriter(out));
        String[] full = new String[args.length + 1];
        full[0] = "cluster";
        System.arraycopy(args, 0, full, 1, args.length);
        assertThat(cli.execute(full)).isZero();
        Map<String, JsonNode> lines = new HashMap<>();
        for (String line : out.toString().lines().toList()) {
            JsonNode n = JSON.readTree(line);
            lines.put(n.get("id").asText(), n);
        }
        return lines;
    }

    private static List<String> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
