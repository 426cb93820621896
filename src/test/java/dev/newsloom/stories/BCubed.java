package dev.newsloom.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** B-cubed precision, recall and F1 of a clustering against the truth (Bagga and Baldwin 1998). */
public final class BCubed {
    private BCubed() {}

    public static double[] score(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Set<String>> byTruth = new HashMap<>(), byPrediction = new HashMap<>();
        for (String id : truth.keySet()) {
            byTruth.computeIfAbsent(truth.get(id), k -> new HashSet<>()).add(id);
            byPrediction.computeIfAbsent(predicted.get(id), k -> new HashSet<>()).add(id);
        }
        double p = 0, r = 0;
        for (String id : truth.keySet()) {
            Set<String> c = byPrediction.get(predicted.get(id)), t = byTruth.get(truth.get(id));
            long both = c.stream().filter(t::contains).count();
            p += (double) both / c.size();
            r += (double) both / t.size();
        }
        p /= truth.size();
        r /= truth.size();
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
