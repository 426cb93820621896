package dev.newsloom.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies learned as articles arrive, and TF-IDF vectors weighed with them. Only an
 * article's strongest terms are kept: they carry the event, and they bound memory and the cost of
 * every comparison.
 */
final class TermStats {
    static final int KEPT_TERMS = 80;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private final java.util.BitSet names = new java.util.BitSet();
    private int docs;

    /** Counts the article's terms as seen, then weighs them. */
    SparseVector learnAndWeigh(Map<String, Integer> counts) {
        docs++;
        for (String t : counts.keySet()) {
            int id = ids.computeIfAbsent(t, k -> {
                if (k.startsWith(Terms.NAME_PREFIX)) names.set(ids.size());
                return ids.size();
            });
            if (id >= df.length) df = Arrays.copyOf(df, df.length * 2);
            df[id]++;
        }
        return weigh(counts);
    }

    SparseVector weigh(Map<String, Integer> counts) {
        int n = 0;
        int[] termIds = new int[counts.size()];
        float[] w = new float[counts.size()];
        for (var e : counts.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) continue;
            termIds[n] = id;
            w[n++] = (float) ((1 + Math.log(e.getValue())) * idf(id));
        }
        return strongest(termIds, w, n);
    }

    /** The part of a vector that is names and numbers, brought back to unit length. */
    SparseVector namesOf(SparseVector v) {
        int n = 0;
        for (int id : v.ids()) if (names.get(id)) n++;
        int[] keptIds = new int[n];
        float[] kept = new float[n];
        double norm = 0;
        for (int i = 0, k = 0; i < v.size(); i++) {
            if (!names.get(v.ids()[i])) continue;
            keptIds[k] = v.ids()[i];
            kept[k] = v.weights()[i];
            norm += kept[k] * kept[k];
            k++;
        }
        if (norm == 0) return SparseVector.EMPTY;
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < n; i++) kept[i] *= inv;
        return new SparseVector(keptIds, kept);
    }

    double idf(int id) {
        return Math.log((docs + 1.0) / (df[id] + 1.0)) + 1;
    }

    int docs() {
        return docs;
    }

    private static SparseVector strongest(int[] termIds, float[] w, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Float.compare(w[b], w[a]));
        int k = Math.min(n, KEPT_TERMS);
        int[] keptIds = new int[k];
        float[] kept = new float[k];
        Integer[] chosen = Arrays.copyOf(order, k);
        Arrays.sort(chosen, (a, b) -> Integer.compare(termIds[a], termIds[b]));
        double norm = 0;
        for (int i = 0; i < k; i++) {
            keptIds[i] = termIds[chosen[i]];
            kept[i] = w[chosen[i]];
            norm += kept[i] * kept[i];
        }
        if (norm == 0) return SparseVector.EMPTY;
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < k; i++) kept[i] *= inv;
        return new SparseVector(keptIds, kept);
    }
}
