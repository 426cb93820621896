package dev.newsloom.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentence material of demo/event-kinds.txt: event kinds, per-category filler and generic filler. */
final class StoryGrammar {
    private static final StoryGrammar INSTANCE = load();

    final Map<String, EventKind> kinds;
    final Map<String, List<String>> categoryFiller;
    final List<String> genericFiller;

    private StoryGrammar(Map<String, EventKind> kinds, Map<String, List<String>> categoryFiller, List<String> genericFiller) {
        this.kinds = kinds;
        this.categoryFiller = categoryFiller;
        this.genericFiller = genericFiller;
    }

    static StoryGrammar get() {
        return INSTANCE;
    }

    private static StoryGrammar load() {
        try (InputStream in = StoryGrammar.class.getResourceAsStream("/demo/event-kinds.txt")) {
            if (in == null) throw new IllegalStateException("demo/event-kinds.txt is missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryGrammar parse(List<String> lines) {
        Map<String, EventKind> kinds = new LinkedHashMap<>();
        Map<String, List<String>> categories = new LinkedHashMap<>();
        List<String> generic = new ArrayList<>();
        Builder current = null;
        List<String> fillerTarget = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("== ")) {
                if (current != null) kinds.put(current.name, current.build());
                current = null;
                String header = line.substring(3).strip();
                if (header.startsWith("@category ")) {
                    fillerTarget = categories.computeIfAbsent(header.substring(10).strip(), k -> new ArrayList<>());
                } else if (header.equals("@generic")) {
                    fillerTarget = generic;
                } else {
                    String[] parts = header.split("\\|");
                    current = new Builder(parts[0].strip(), parts[1].strip());
                    fillerTarget = null;
                }
                continue;
            }
            int space = line.indexOf(' ');
            String key = line.substring(0, space);
            String rest = line.substring(space + 1).strip();
            if (fillerTarget != null) {
                fillerTarget.add(rest);
                continue;
            }
            if (current == null) throw new IllegalStateException("story grammar line outside a kind: " + line);
            switch (key) {
                case "org1", "org2" -> current.orgTypes.add(rest);
                case "p1", "p2", "p3" -> current.roles.add(rest);
                case "fact" -> {
                    String[] f = rest.split("\\s+");
                    current.facts.add(new EventKind.FactSpec(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                }
                case "head" -> current.headlines.add(rest);
                case "caption" -> current.captions.add(rest);
                case "ask" -> {
                    int gap = rest.indexOf(' ');
                    current.questions.put(rest.substring(0, gap), rest.substring(gap + 1).strip());
                }
                case "beat" -> current.beats.add(Arrays.stream(rest.split("\\|\\|")).map(String::strip).toList());
                default -> throw new IllegalStateException("unknown story grammar key: " + key);
            }
        }
        if (current != null) kinds.put(current.name, current.build());
        // insertion order is kept: the world generator walks these maps and must be deterministic
        return new StoryGrammar(Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(categories), List.copyOf(generic));
    }

    private static final class Builder {
        final String name;
        final String category;
        final List<String> orgTypes = new ArrayList<>();
        final List<String> roles = new ArrayList<>();
        final List<EventKind.FactSpec> facts = new ArrayList<>();
        final List<String> headlines = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        final List<List<String>> beats = new ArrayList<>();
        final Map<String, String> questions = new LinkedHashMap<>();

        Builder(String name, String category) {
            this.name = name;
            this.category = category;
        }

        EventKind build() {
            return new EventKind(name, category, List.copyOf(orgTypes), List.copyOf(roles), List.copyOf(facts),
                    List.copyOf(headlines), List.copyOf(captions), List.copyOf(beats), Map.copyOf(questions));
        }
    }
}
