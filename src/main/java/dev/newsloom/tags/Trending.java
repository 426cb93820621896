package dev.newsloom.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Burst detection: a tag trends when its volume in the recent window is high against its own
 * baseline, not when it is merely frequent. The score is how many standard deviations (Poisson)
 * the recent count lies above the count the baseline predicts for a window of that length.
 */
public final class Trending {
    /** Fewer articles than this in the window is anecdote, not a trend. */
    static final int MIN_RECENT = 3;
    static final int MIN_SOURCES = 2;

    public record Trend(String key, int recent, double expected, double score) {}

    private Trending() {}

    /**
     * @param recent           articles per tag in the recent window
     * @param baseline         articles per tag in the baseline period before it
     * @param recentSources    distinct sources per tag in the recent window
     * @param baselineWindows  how many recent windows long the baseline period is
     */
    public static List<Trend> rank(Map<String, Integer> recent, Map<String, Integer> baseline,
            Map<String, Integer> recentSources, double baselineWindows, int limit) {
        List<Trend> out = new ArrayList<>();
        for (var e : recent.entrySet()) {
            int n = e.getValue();
            if (n < MIN_RECENT || recentSources.getOrDefault(e.getKey(), 0) < MIN_SOURCES) continue;
            double expected = baseline.getOrDefault(e.getKey(), 0) / Math.max(1.0, baselineWindows);
            if (n < 2 * expected) continue;
            out.add(new Trend(e.getKey(), n, expected, (n - expected) / Math.sqrt(expected + 1)));
        }
        out.sort(Comparator.comparingDouble(Trend::score).reversed().thenComparing(Trend::key));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
