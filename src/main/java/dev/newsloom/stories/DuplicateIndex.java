package dev.newsloom.stories;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds an earlier copy of an article by locality-sensitive hashing of MinHash signatures: the
 * signature is cut into bands and two articles become candidates when any band is identical, so a
 * lookup touches only articles that share a band, never the whole store. Candidates are then
 * checked against the similarity threshold.
 */
final class DuplicateIndex {
    static final int BANDS = 32;
    static final int ROWS = MinHash.HASHES / BANDS;
    /** Per band bucket, the most recent articles kept; copies arrive within days of each other. */
    private static final int BUCKET_CAP = 64;

    private final double threshold;
    private final Map<Long, Deque<String>> buckets = new HashMap<>();
    private final Map<String, long[]> signatures = new HashMap<>();

    DuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    /** The most similar earlier article at or above the threshold, or null. */
    String findOriginal(long[] sig) {
        if (sig == null) return null;
        Set<String> candidates = new LinkedHashSet<>();
        for (int b = 0; b < BANDS; b++) {
            Deque<String> bucket = buckets.get(bandKey(sig, b));
            if (bucket != null) candidates.addAll(bucket);
        }
        String best = null;
        double bestSimilarity = threshold;
        for (String id : candidates) {
            double s = MinHash.similarity(sig, signatures.get(id));
            if (s >= bestSimilarity) {
                best = id;
                bestSimilarity = s;
            }
        }
        return best;
    }

    void add(String id, long[] sig) {
        if (sig == null) return;
        signatures.put(id, sig);
        for (int b = 0; b < BANDS; b++) {
            Deque<String> bucket = buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayDeque<>(2));
            bucket.addLast(id);
            if (bucket.size() > BUCKET_CAP) bucket.removeFirst();
        }
    }

    void remove(String id) {
        long[] sig = signatures.remove(id);
        if (sig == null) return;
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(sig, b);
            Deque<String> bucket = buckets.get(key);
            if (bucket == null) continue;
            bucket.remove(id);
            if (bucket.isEmpty()) buckets.remove(key);
        }
    }

    List<String> ids() {
        return new ArrayList<>(signatures.keySet());
    }

    private static long bandKey(long[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = MinHash.mix(h * 31 + sig[band * ROWS + r]);
        return h;
    }
}
