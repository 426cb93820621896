package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class MeanEmbeddingTest {
    private static final int DIMS = 384;

    /** A unit vector: {@code common} along the direction every news text shares, the rest along axis {@code own}. */
    private static float[] news(double common, int own) {
        float[] v = new float[DIMS];
        v[0] = (float) common;
        v[own] = (float) Math.sqrt(1 - common * common);
        return v;
    }

    private static float[] sum(float[]... vs) {
        float[] s = new float[DIMS];
        for (float[] v : vs) for (int i = 0; i < DIMS; i++) s[i] += v[i];
        return s;
    }

    @Test
    void storiesAboutTheSameThingAreCloserOnceTheDirectionAllNewsSharesIsTakenOut() {
        MeanEmbedding mean = new MeanEmbedding(DIMS);
        for (int k = 10; k < 60; k++) mean.add(Vectors.quantize(news(0.9, k)));
        float[] quake = sum(news(0.9, 1), news(0.9, 1));
        float[] otherQuake = sum(news(0.6, 1));
        float[] generic = sum(news(0.995, 2));

        // as they stand, the generic story looks closer: both are mostly "news"
        assertThat(SentenceEmbedder.cosine(quake, generic)).isGreaterThan(SentenceEmbedder.cosine(quake, otherQuake));
        assertThat(mean.centeredCosine(quake, 2, otherQuake, 1)).isGreaterThan(0.8f);
        assertThat(mean.centeredCosine(quake, 2, generic, 1)).isLessThan(0.3f);
    }

    @Test
    void articlesLeavingTheWindowLeaveTheMean() {
        MeanEmbedding mean = new MeanEmbedding(DIMS);
        java.util.List<byte[]> held = new java.util.ArrayList<>();
        for (int k = 10; k < 60; k++) held.add(Vectors.quantize(news(0.9, k)));
        held.forEach(mean::add);
        float[] quake = news(0.9, 1), generic = news(0.995, 2);
        assertThat(mean.centeredCosine(quake, 1, generic, 1)).isLessThan(0.3f);
        held.forEach(mean::remove);
        // nothing held: nothing to take out, the plain cosine
        assertThat(mean.centeredCosine(quake, 1, generic, 1)).isCloseTo(SentenceEmbedder.cosine(quake, generic), org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void emptySumsAndOtherSizesCompareAsNothing() {
        MeanEmbedding mean = new MeanEmbedding(DIMS);
        assertThat(mean.centeredCosine(news(0.9, 1), 0, news(0.9, 1), 1)).isZero();
        assertThat(mean.centeredCosine(new float[3], 1, new float[3], 1)).isZero();
    }

}
