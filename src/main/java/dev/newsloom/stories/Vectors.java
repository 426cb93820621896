package dev.newsloom.stories;

/**
 * Sentence embeddings kept as signed bytes: a unit vector's components are small, and a byte
 * each keeps cosine within about 0.01 of the float value at a quarter of the memory.
 */
final class Vectors {
    private Vectors() {}

    static byte[] quantize(float[] v) {
        if (v == null) return null;
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        float max = 1e-9f;
        for (float x : v) max = Math.max(max, Math.abs(x));
        byte[] out = new byte[v.length];
        // scale so the largest component uses the byte's range: precision where it matters
        float scale = 127f / max;
        for (int i = 0; i < v.length; i++) out[i] = (byte) Math.round(v[i] * scale);
        return norm == 0 ? null : out;
    }

    static float norm(byte[] v) {
        if (v == null) return 0;
        long n = 0;
        for (byte x : v) n += x * x;
        return (float) Math.sqrt(n);
    }

    static int dot(byte[] a, byte[] b) {
        int dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    static float cosine(byte[] a, byte[] b) {
        if (a == null || b == null) return 0;
        long dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt((double) na * nb));
    }

    /** Cosine of a byte vector with a float centroid (a running sum, any length). */
    static float cosine(byte[] a, float[] sum) {
        if (a == null || sum == null) return 0;
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * sum[i];
            na += a[i] * a[i];
            nb += sum[i] * sum[i];
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt(na * nb));
    }

    /** Adds a byte vector, brought back to unit length, to a running sum. */
    static void addTo(float[] sum, byte[] v) {
        if (v == null) return;
        double norm = 0;
        for (byte x : v) norm += x * x;
        if (norm == 0) return;
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) sum[i] += v[i] * inv;
    }
}
