package dev.newsloom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.embed.SentenceEmbedder;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The clustering contract used to measure stories on any labelled corpus: the site's own
 * duplicate, story and related-article code, run in memory over a JSON-lines corpus in
 * publication order.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group a JSON-lines corpus of articles into stories, with related articles.",
                "The corpus has one {\"id\", \"title\", \"text\", \"published\", \"url\", \"source\", \"lang\"} per line, in publication order; one line per article comes out: {\"id\", \"cluster\": \"<story id>\", \"duplicate_of\": id or null, \"related\": [ids, best first]}."})
public final class ClusterCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 64;

    @Parameters(paramLabel = "FILE", description = "The corpus, one JSON object per line.")
    Path file;

    @Option(names = "--related", defaultValue = "10", description = "Related articles listed per article (default: ${DEFAULT-VALUE}).")
    int related;

    @Option(names = "--join", description = "Similarity needed to join a story (default: the measured best).")
    Double join;

    @Option(names = "--merge", description = "Similarity needed to merge two stories (default: the measured best).")
    Double merge;

    @Option(names = "--split", description = "Two groups of a story less similar than this become two stories (default: the measured best).")
    Double split;

    @Option(names = "--same-story", paramLabel = "FACTOR",
            description = "Each further related article from one story counts this much of the one before (0: one per story; default: the measured best).")
    Double sameStory;

    @Option(names = "--weights", split = ",", paramLabel = "TERMS,EMBEDDING,NAMES",
            description = "Weights of the three signals (default: the measured best).")
    double[] weights;

    @Option(names = "--stories-from", paramLabel = "LABELS.json",
            description = {"Put each article into the story a JSON object {id: story} names instead of deciding it",
                    "(no copy is looked for among those; articles it does not name are placed as usual), so the related",
                    "lists are measured apart from clustering errors: with a dataset's own labels, the best the",
                    "related-article code can do."})
    Path storiesFrom;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<StoryInput> corpus = read(file);
        StoryConfig config = StoryConfig.defaults();
        if (join != null || merge != null) config = config.withJoin(join == null ? config.join() : join, merge == null ? config.merge() : merge);
        if (split != null) config = config.withSplit(split);
        if (sameStory != null) config = config.withRelated(config.related(), sameStory);
        if (weights != null && weights.length == 3) config = config.withWeights(weights[0], weights[1], weights[2]);
        StoryEngine engine = new StoryEngine(config, Application.semanticSearchEnabled() ? new SentenceEmbedder() : null);
        Map<String, String> given = storiesFrom == null ? Map.of() : givenStories(storiesFrom);
        Map<String, String> duplicateOf = new LinkedHashMap<>();
        for (int i = 0; i < corpus.size(); i += BATCH) {
            for (StoryEngine.Prepared p : engine.prepareAll(corpus.subList(i, Math.min(corpus.size(), i + BATCH)))) {
                String story = given.get(p.input().id());
                if (story != null) engine.restore(p, story, null);
                else duplicateOf.put(p.input().id(), engine.place(p).duplicateOf());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (StoryInput a : corpus) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", a.id());
            line.put("cluster", engine.storyOf(a.id()).orElse(a.id()));
            line.put("duplicate_of", duplicateOf.get(a.id()));
            line.put("related", engine.related(a.id(), related).stream().map(StoryEngine.Related::articleId).toList());
            out.println(JSON.writeValueAsString(line));
        }
        out.flush();
        return 0;
    }

    static Map<String, String> givenStories(Path file) throws IOException {
        JsonNode n;
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(open(file), StandardCharsets.UTF_8.newDecoder()))) {
            n = JSON.readTree(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) throw new IOException(file + ": expected a JSON object {article id: story}");
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /**
     * The corpus, one article a line. A line that cannot be read stops the run with its file and
     * line number: a measurement over a corpus with silently skipped or doubled articles would be wrong.
     */
    static List<StoryInput> read(Path file) throws IOException {
        List<StoryInput> out = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        try (java.io.InputStream in = open(file)) {
            int lineNo = 0;
            for (String line = next(in, file, lineNo + 1); line != null; line = next(in, file, lineNo + 1)) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1); // a byte-order mark some editors write
                if (line.isBlank()) continue;
                String at = file + ":" + lineNo + ": ";
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(at + "not a JSON object: " + e.getOriginalMessage(), e);
                }
                if (!n.isObject()) throw new IOException(at + "not a JSON object");
                if (!n.hasNonNull("id")) throw new IOException(at + "no \"id\"");
                String id = n.get("id").asText();
                Integer first = seen.putIfAbsent(id, lineNo);
                if (first != null) throw new IOException(at + "id \"" + id + "\" again (first on line " + first + ")");
                out.add(new StoryInput(id, text(n, "title"), text(n, "text"), instant(n, "published", at),
                        text(n, "source"), text(n, "lang")));
            }
        }
        return out;
    }

    /** The file's bytes, or an error that says plainly why it cannot be read. */
    private static java.io.InputStream open(Path file) throws IOException {
        try {
            return new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot read " + file + ": no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("cannot read " + file + ": permission denied", e);
        }
    }

    /** One line, decoded on its own so that text which is not UTF-8 is reported at its line; null at the end. */
    private static String next(java.io.InputStream in, Path file, int lineNo) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
        int b = in.read();
        if (b < 0) return null;
        for (; b >= 0 && b != '\n'; b = in.read()) line.write(b);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ":" + lineNo + ": not UTF-8 text", e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** An ISO-8601 instant, a time with its offset, or a day (taken as its start in UTC). */
    private static Instant instant(JsonNode n, String field, String at) throws IOException {
        String v = text(n, field);
        if (v == null) return null;
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            // an offset or a bare day below
        }
        try {
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // a bare day below
        }
        try {
            return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IOException(at + "\"" + field + "\" is not an ISO-8601 time: " + v, e);
        }
    }
}
