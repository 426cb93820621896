package dev.newsloom.stories;

/** A unit-length weighted bag of term ids, ids ascending. */
record SparseVector(int[] ids, float[] weights) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    float dot(SparseVector o) {
        float sum = 0;
        int i = 0, j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) sum += weights[i++] * o.weights[j++];
            else if (ids[i] < o.ids[j]) i++;
            else j++;
        }
        return sum;
    }

    /** Cosine after scaling each term of both vectors by {@code w}. */
    double cosine(SparseVector o, java.util.function.IntToDoubleFunction w) {
        double na = 0, nb = 0, dot = 0;
        for (int i = 0; i < ids.length; i++) {
            double x = weights[i] * w.applyAsDouble(ids[i]);
            na += x * x;
        }
        for (int j = 0; j < o.ids.length; j++) {
            double x = o.weights[j] * w.applyAsDouble(o.ids[j]);
            nb += x * x;
        }
        int i = 0, j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                double ww = w.applyAsDouble(ids[i]);
                dot += weights[i++] * o.weights[j++] * ww * ww;
            } else if (ids[i] < o.ids[j]) i++;
            else j++;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    int size() {
        return ids.length;
    }
}
