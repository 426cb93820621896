package dev.newsloom.ai;

import java.util.List;

/**
 * A sentence and the sources it comes from: numbers into its result's {@code sources}, the first
 * being the article the words are quoted from.
 */
public record Cited(String text, List<Integer> cites) {
    public Cited {
        cites = List.copyOf(cites);
    }
}
