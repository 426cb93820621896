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

    int size() {
        return ids.length;
    }
}
