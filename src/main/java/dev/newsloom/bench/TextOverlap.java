package dev.newsloom.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-words precision, recall and F1 of an extracted text against the true text: the measure
 * extraction benchmarks use (lower-cased word tokens, multiset overlap).
 */
public record TextOverlap(double precision, double recall) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static TextOverlap of(String extracted, String truth) {
        Map<String, Integer> got = tokens(extracted), want = tokens(truth);
        int gotTotal = total(got), wantTotal = total(want);
        if (gotTotal == 0 && wantTotal == 0) return new TextOverlap(1, 1);
        int common = 0;
        for (var e : got.entrySet()) common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        return new TextOverlap(gotTotal == 0 ? 0 : (double) common / gotTotal, wantTotal == 0 ? 0 : (double) common / wantTotal);
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) return counts;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) counts.merge(m.group(), 1, Integer::sum);
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) n += c;
        return n;
    }
}
