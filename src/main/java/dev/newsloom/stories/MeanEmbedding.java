package dev.newsloom.stories;

/**
 * The mean sentence embedding of the articles held. Every news text shares a large common
 * direction in the model's space (it reads as news), so two stories' centroids look alike
 * whatever they are about; measured from this mean, what they are about shows. Used to rank the
 * stories related articles come from (docs/quality.md: clustering-dev related precision@5 0.678
 * to 0.705; 0.776 to 0.783 without diversity).
 */
final class MeanEmbedding {
    private final double[] sum;
    private int count;

    MeanEmbedding(int dimensions) {
        sum = new double[dimensions];
    }

    void add(byte[] v) {
        change(v, 1);
    }

    void remove(byte[] v) {
        change(v, -1);
    }

    private void change(byte[] v, int sign) {
        if (v == null || v.length != sum.length) return;
        double norm = Vectors.norm(v);
        if (norm == 0) return;
        for (int i = 0; i < v.length; i++) sum[i] += sign * v[i] / norm;
        count += sign;
    }

    /**
     * Cosine of two sums of unit vectors ({@code na} and {@code nb} of them), each taken as its
     * mean less this mean. Zero when either is empty.
     */
    float centeredCosine(float[] a, int na, float[] b, int nb) {
        if (na == 0 || nb == 0 || a.length != sum.length || b.length != sum.length) return 0;
        double dot = 0, aa = 0, bb = 0;
        for (int i = 0; i < sum.length; i++) {
            double m = count == 0 ? 0 : sum[i] / count;
            double x = a[i] / na - m, y = b[i] / nb - m;
            dot += x * y;
            aa += x * x;
            bb += y * y;
        }
        return aa == 0 || bb == 0 ? 0 : (float) (dot / Math.sqrt(aa * bb));
    }
}
