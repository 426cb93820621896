package dev.newsloom.stories;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles of an article's body: two copies of a wire story that
 * differ by a changed sentence, a dateline or a trimmed ending keep most of their shingles, while
 * two reports of the same event written separately share almost none.
 */
final class MinHash {
    static final int HASHES = 128;
    static final int SHINGLE_WORDS = 5;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new SplittableRandom(0x5EEDL).longs(HASHES).toArray();

    private MinHash() {}

    /** The signature, or null when the text is too short to tell a copy from a coincidence. */
    static long[] signature(String text) {
        String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT).strip());
        int shingles = words.length - SHINGLE_WORDS + 1;
        if (shingles < 20) return null;
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) wordHashes[i] = mix(words[i].hashCode() * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < shingles; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE_WORDS; k++) h = h * 31 + wordHashes[i + k];
            h = mix(h);
            for (int j = 0; j < HASHES; j++) {
                long v = mix(h ^ SEEDS[j]);
                if (v < sig[j]) sig[j] = v;
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    static double similarity(long[] a, long[] b) {
        if (a == null || b == null) return 0;
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return (double) same / HASHES;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
