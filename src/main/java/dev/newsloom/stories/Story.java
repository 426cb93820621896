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
    private final float[] embeddingSum;
    private final Centroid terms = new Centroid(MAX_TERMS);
    private final Centroid names = new Centroid(MAX_TERMS / 2);
    /** The years its originals mention: when the event took place. */
    final Years.Tally years = new Years.Tally();
    /** An opinion piece's story: nothing else joins it. */
    boolean closed;
    /** Members that are not copies of another member: what the centroids are made of. */
    int originals;
    /** Originals with a sentence embedding: how many unit vectors {@link #embeddingSum} adds up. */
    private int embedded;

    Story(String id, int dimensions) {
        this.id = id;
        this.embeddingSum = dimensions == 0 ? null : new float[dimensions];
    }

    void add(Member m) {
        m.story = id;
        account(m);
    }

    /** A story made of these members for comparison only: the members keep their place. */
    static Story sketch(List<Member> members, int dimensions) {
        Story s = new Story("", dimensions);
        for (Member m : members) s.account(m);
        return s;
    }

    private void account(Member m) {
        members.add(m);
        if (m.source != null) sources.merge(m.source, 1, Integer::sum);
        if (m.time != null) {
            if (first == null || m.time.isBefore(first)) first = m.time;
            if (last == null || m.time.isAfter(last)) last = m.time;
        }
        if (m.duplicateOf != null) return; // a copy adds a source, not new evidence of what the story is about
        originals++;
        if (embeddingSum != null && m.embeddingNorm > 0) {
            Vectors.addTo(embeddingSum, m.embedding);
            embedded++;
        }
        terms.add(m.terms);
        names.add(m.names);
        years.add(m.years);
    }

    void absorb(Story other) {
        for (Member m : other.members) add(m);
    }

    float termCosine(SparseVector v) {
        return terms.cosine(v);
    }

    /** The same, with terms weighed by what tells this article's neighbours apart. */
    float termCosine(SparseVector v, java.util.function.IntToDoubleFunction contrast) {
        return terms.cosine(v, contrast);
    }

    float nameCosine(SparseVector v, java.util.function.IntToDoubleFunction contrast) {
        return names.cosine(v, contrast);
    }

    float termCosine(Story o) {
        return terms.cosine(o.terms);
    }

    /** How far the article names the people, places and figures the story names. */
    float nameCosine(SparseVector v) {
        return names.cosine(v);
    }

    float nameCosine(Story o) {
        return names.cosine(o.names);
    }

    float embeddingCosine(byte[] v) {
        return Vectors.cosine(v, embeddingSum);
    }

    boolean hasEmbeddings() {
        return embeddingSum != null && originals > 0;
    }

    /** What the two stories are about, compared from the mean of all articles held. */
    float centeredEmbeddingCosine(Story o, MeanEmbedding mean) {
        return embeddingSum == null || o.embeddingSum == null ? 0 : mean.centeredCosine(embeddingSum, embedded, o.embeddingSum, o.embedded);
    }

    float embeddingCosine(Story o) {
        return embeddingSum == null || o.embeddingSum == null ? 0 : dev.newsloom.embed.SentenceEmbedder.cosine(embeddingSum, o.embeddingSum);
    }

    /** The headline closest to what the story's articles say together. */
    String title() {
        Member best = null;
        float bestScore = -2;
        for (Member m : members) {
            if (m.duplicateOf != null && best != null) continue;
            float s = embeddingSum != null && m.embedding != null ? embeddingCosine(m.embedding) : terms.cosine(m.terms);
            if (s > bestScore) {
                best = m;
                bestScore = s;
            }
        }
        return best == null ? "" : best.title;
    }
}
