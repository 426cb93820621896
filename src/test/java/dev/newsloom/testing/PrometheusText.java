package dev.newsloom.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), as a scraper reads
 * it: every line a comment, a blank or a sample; label values quoted with their escapes; every
 * sample of a family that has a TYPE and a HELP line. A line it cannot read fails the test.
 */
public final class PrometheusText {
    public record Sample(String name, Map<String, String> labels, double value) {}

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final List<String> TYPES = List.of("counter", "gauge", "histogram", "summary", "untyped");

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> help = new HashMap<>();

    private PrometheusText() {}

    public static PrometheusText parse(String text) {
        PrometheusText t = new PrometheusText();
        String[] lines = text.split("\n", -1);
        if (!text.endsWith("\n")) throw new AssertionError("the exposition must end with a line break");
        for (int i = 0; i < lines.length - 1; i++) t.read(lines[i], i + 1);
        for (Sample s : t.samples) {
            String family = t.familyOf(s.name());
            if (family == null) throw new AssertionError("sample " + s.name() + " has no # TYPE line");
            if (t.help.getOrDefault(family, "").isBlank()) throw new AssertionError("family " + family + " has no # HELP text");
        }
        return t;
    }

    private void read(String line, int number) {
        if (line.isEmpty()) return;
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            String[] parts = line.substring(7).split(" ", 2);
            if (!NAME.matcher(parts[0]).matches()) throw new AssertionError("line " + number + ": bad metric name: " + line);
            if (line.startsWith("# TYPE ")) {
                if (parts.length < 2 || !TYPES.contains(parts[1])) throw new AssertionError("line " + number + ": bad type: " + line);
                if (types.put(parts[0], parts[1]) != null) throw new AssertionError("line " + number + ": second TYPE for " + parts[0]);
            } else {
                help.put(parts[0], parts.length < 2 ? "" : parts[1]);
            }
            return;
        }
        if (line.startsWith("#")) return;
        Matcher m = SAMPLE.matcher(line);
        if (!m.matches()) throw new AssertionError("line " + number + " is not a sample: " + line);
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(3) != null && !m.group(3).isEmpty()) {
            Matcher l = LABEL.matcher(m.group(3));
            int at = 0;
            while (at < m.group(3).length()) {
                if (!l.find(at) || l.start() != at) throw new AssertionError("line " + number + ": bad labels: " + line);
                labels.put(l.group(1), l.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
                at = l.end();
            }
        }
        samples.add(new Sample(m.group(1), labels, number(m.group(4), line)));
    }

    private static double number(String v, String line) {
        return switch (v) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new AssertionError("not a number in: " + line);
                }
            }
        };
    }

    /** The family a sample belongs to: its own name, or a histogram's or summary's base name. */
    private String familyOf(String sample) {
        if (types.containsKey(sample)) return sample;
        for (String suffix : List.of("_bucket", "_count", "_sum")) {
            if (sample.endsWith(suffix)) {
                String base = sample.substring(0, sample.length() - suffix.length());
                String type = types.get(base);
                if ("histogram".equals(type) || "summary".equals(type)) return base;
            }
        }
        return null;
    }

    public List<Sample> samples() {
        return samples;
    }

    public String type(String family) {
        return types.get(family);
    }

    public String help(String family) {
        return help.get(family);
    }

    /** The sum of every sample of this name whose labels include {@code labels} (alternating keys and values). */
    public double sum(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) wanted.put(labels[i], labels[i + 1]);
        boolean any = false;
        double total = 0;
        for (Sample s : samples) {
            if (s.name().equals(name) && s.labels().entrySet().containsAll(wanted.entrySet())) {
                total += s.value();
                any = true;
            }
        }
        if (!any) throw new AssertionError("no sample " + name + " with " + wanted);
        return total;
    }

    /** Values of one label over every sample of this name. */
    public List<String> labelValues(String name, String label) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label))
                .map(s -> s.labels().get(label)).distinct().toList();
    }
}
