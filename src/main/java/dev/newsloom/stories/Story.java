package dev.newsloom.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One event as the engine sees it: its members and running sums to compare newcomers against. */
final class Story {
    private static final int MAX_TERMS = 400;

    final String id;
    Instant first;
    Instant last;
    final List<Member> members = new ArrayList<>();
    final Map<String, Integer> sources = new LinkedHashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    private final float[] embeddingSum;
    private final Map<Integer, Float> termSum = new HashMap<>();
    private double termNorm = -1;
    /** Members that are not copies of another member: what the centroids are made of. */
    int originals;

    Story(String id, int dimensions) {
        this.id = id;
        this.embeddingSum = dimensions == 0 ? null : new float[dimensions];
    }

    void add(Member m) {
        members.add(m);
        m.story = id;
        if (m.source != null) sources.merge(m.source, 1, Integer::sum);
        if (m.time != null) {
            if (first == null || m.time.isBefore(first)) first = m.time;
            if (last == null || m.time.isAfter(last)) last = m.time;
        }
        if (m.duplicateOf != null) return; // a copy adds a source, not new evidence of what the story is about
        originals++;
        if (embeddingSum != null) Vectors.addTo(embeddingSum, m.embedding);
        for (int i = 0; i < m.terms.size(); i++) termSum.merge(m.terms.ids()[i], m.terms.weights()[i], Float::sum);
        for (String e : m.entities) entities.merge(e, 1, Integer::sum);
        if (termSum.size() > MAX_TERMS) prune();
        termNorm = -1;
    }

    void absorb(Story other) {
        for (Member m : other.members) add(m);
    }

    float termCosine(SparseVector v) {
        double norm = termNorm();
        if (norm == 0 || v.size() == 0) return 0;
        double dot = 0;
        for (int i = 0; i < v.size(); i++) {
            Float w = termSum.get(v.ids()[i]);
            if (w != null) dot += w * v.weights()[i];
        }
        return (float) (dot / norm);
    }

    float termCosine(Story o) {
        double n1 = termNorm(), n2 = o.termNorm();
        if (n1 == 0 || n2 == 0) return 0;
        Map<Integer, Float> small = termSum.size() <= o.termSum.size() ? termSum : o.termSum;
        Map<Integer, Float> big = small == termSum ? o.termSum : termSum;
        double dot = 0;
        for (var e : small.entrySet()) {
            Float w = big.get(e.getKey());
            if (w != null) dot += w * e.getValue();
        }
        return (float) (dot / (n1 * n2));
    }

    float embeddingCosine(byte[] v) {
        return Vectors.cosine(v, embeddingSum);
    }

    float embeddingCosine(Story o) {
        return Vectors.cosine(embeddingSum, o.embeddingSum);
    }

    /** The share of the article's names that the story already mentions. */
    float entityOverlap(Set<String> names) {
        if (names.isEmpty() || entities.isEmpty()) return 0;
        int shared = 0;
        for (String n : names) if (entities.containsKey(n)) shared++;
        return (float) shared / names.size();
    }

    float entityOverlap(Story o) {
        if (entities.isEmpty() || o.entities.isEmpty()) return 0;
        int shared = 0;
        for (String n : entities.keySet()) if (o.entities.containsKey(n)) shared++;
        return (float) shared / Math.min(entities.size(), o.entities.size());
    }

    /** The headline closest to what the story's articles say together. */
    String title() {
        Member best = null;
        float bestScore = -2;
        for (Member m : members) {
            if (m.duplicateOf != null && best != null) continue;
            float s = embeddingSum != null && m.embedding != null ? embeddingCosine(m.embedding) : termCosine(m.terms);
            if (s > bestScore) {
                best = m;
                bestScore = s;
            }
        }
        return best == null ? "" : best.title;
    }

    private double termNorm() {
        if (termNorm < 0) {
            double sum = 0;
            for (float w : termSum.values()) sum += w * w;
            termNorm = Math.sqrt(sum);
        }
        return termNorm;
    }

    private void prune() {
        List<Map.Entry<Integer, Float>> entries = new ArrayList<>(termSum.entrySet());
        entries.sort(Map.Entry.<Integer, Float>comparingByValue().reversed());
        termSum.clear();
        for (int i = 0; i < MAX_TERMS / 2; i++) termSum.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
}
