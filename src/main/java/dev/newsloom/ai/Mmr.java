package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Maximal marginal relevance: each pick is the sentence that best trades its own score against
 * how much it repeats what was already picked, so sources saying one thing three ways yield it once.
 */
final class Mmr {
    /** Closer than this, two sentences say the same thing (a wire copy, a light edit). */
    static final double SAME = 0.92;

    private Mmr() {}

    /**
     * @param lambda  weight of the score against redundancy (1: scores only)
     * @param already picks made before, which new picks must not repeat
     */
    static List<Integer> select(SentencePool pool, double[] score, int k, double lambda, IntPredicate eligible,
            List<Integer> already) {
        List<Integer> picked = new ArrayList<>();
        List<Integer> against = new ArrayList<>(already);
        boolean[] used = new boolean[pool.size()];
        for (int i : already) used[i] = true;
        while (picked.size() < k) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                if (used[i] || !eligible.test(i)) continue;
                double redundancy = 0;
                for (int j : against) redundancy = Math.max(redundancy, pool.sim(i, j));
                if (redundancy > SAME) continue;
                double value = lambda * score[i] - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    best = i;
                    bestValue = value;
                }
            }
            if (best < 0) break;
            used[best] = true;
            picked.add(best);
            against.add(best);
        }
        return picked;
    }
}
