package dev.newsloom.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A running sum of sparse unit vectors, compared by cosine; only its strongest terms are kept. */
final class Centroid {
    private final int maxTerms;
    private final Map<Integer, Float> sum = new HashMap<>();
    private double norm = -1;

    Centroid(int maxTerms) {
        this.maxTerms = maxTerms;
    }

    void add(SparseVector v) {
        for (int i = 0; i < v.size(); i++) sum.merge(v.ids()[i], v.weights()[i], Float::sum);
        if (sum.size() > maxTerms) prune();
        norm = -1;
    }

    float cosine(SparseVector v) {
        double n = norm();
        if (n == 0 || v.size() == 0) return 0;
        double dot = 0;
        for (int i = 0; i < v.size(); i++) {
            Float w = sum.get(v.ids()[i]);
            if (w != null) dot += w * v.weights()[i];
        }
        return (float) (dot / n);
    }

    float cosine(Centroid o) {
        double n1 = norm(), n2 = o.norm();
        if (n1 == 0 || n2 == 0) return 0;
        Map<Integer, Float> small = sum.size() <= o.sum.size() ? sum : o.sum;
        Map<Integer, Float> big = small == sum ? o.sum : sum;
        double dot = 0;
        for (var e : small.entrySet()) {
            Float w = big.get(e.getKey());
            if (w != null) dot += w * e.getValue();
        }
        return (float) (dot / (n1 * n2));
    }

    /** Cosine after scaling each term of both sides by {@code w}. */
    float cosine(SparseVector v, java.util.function.IntToDoubleFunction w) {
        double nv = 0, dot = 0, nc = 0;
        for (int i = 0; i < v.size(); i++) {
            double wi = w.applyAsDouble(v.ids()[i]);
            double x = v.weights()[i] * wi;
            nv += x * x;
            Float c = sum.get(v.ids()[i]);
            if (c != null) dot += x * c * wi;
        }
        for (var e : sum.entrySet()) {
            double x = e.getValue() * w.applyAsDouble(e.getKey());
            nc += x * x;
        }
        return nv == 0 || nc == 0 ? 0 : (float) (dot / Math.sqrt(nv * nc));
    }

    private double norm() {
        if (norm < 0) {
            double s = 0;
            for (float w : sum.values()) s += w * w;
            norm = Math.sqrt(s);
        }
        return norm;
    }

    private void prune() {
        List<Map.Entry<Integer, Float>> entries = new ArrayList<>(sum.entrySet());
        entries.sort(Map.Entry.<Integer, Float>comparingByValue().reversed());
        sum.clear();
        for (int i = 0; i < maxTerms / 2; i++) sum.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
}
