package dev.newsloom.extract;

import java.util.Arrays;

/**
 * A fixed set of words searched for inside a text in one pass: at each character only
 * the words that start with it are tried. Extraction asks "does this class name or line hold one
 * of these fifty words?" many thousand times a page; fifty separate searches of the text cost
 * fifty passes over it.
 */
final class Substrings {
    private final String[] words;
    /** For each ASCII character, the indexes of the words that start with it. */
    private final int[][] byFirst = new int[128][];
    private final boolean nonAscii;
    /** Each word's second character, or -1 for a one-letter word: most candidates fail there, without a call to startsWith. */
    private final int[] second;

    Substrings(String... words) {
        this.words = words.clone();
        second = new int[words.length];
        for (int i = 0; i < words.length; i++) second[i] = words[i].length() > 1 ? words[i].charAt(1) : -1;
        boolean other = false;
        for (int i = 0; i < words.length; i++) {
            char c = words[i].charAt(0);
            if (c >= 128) {
                other = true;
                continue;
            }
            int[] old = byFirst[c];
            int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = i;
            byFirst[c] = grown;
        }
        nonAscii = other;
    }

    /** Whether the text holds any of the words. */
    boolean anyIn(String text) {
        return firstIn(text) >= 0;
    }

    /** The index of a word the text holds (the one found first), or -1. */
    int firstIn(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                if (nonAscii) for (int k = 0; k < words.length; k++) if (words[k].charAt(0) == c && text.startsWith(words[k], i)) return k;
                continue;
            }
            int[] candidates = byFirst[c];
            if (candidates == null) continue;
            int next = i + 1 < n ? text.charAt(i + 1) : -2;
            for (int k : candidates) if ((second[k] < 0 || second[k] == next) && text.startsWith(words[k], i)) return k;
        }
        return -1;
    }

    /** Which of the words (up to 64) the text holds, as bits by their index. */
    long maskIn(String text) {
        long m = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null) continue;
            int next = i + 1 < n ? text.charAt(i + 1) : -2;
            for (int k : candidates) if ((second[k] < 0 || second[k] == next) && text.startsWith(words[k], i)) m |= 1L << k;
        }
        return m;
    }

    int indexOf(String word) {
        for (int k = 0; k < words.length; k++) if (words[k].equals(word)) return k;
        return -1;
    }
}
