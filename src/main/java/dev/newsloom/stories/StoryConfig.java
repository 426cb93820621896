package dev.newsloom.stories;

import java.time.Duration;

/**
 * The engine's knobs. The defaults are the values measured best on the development sets (see
 * docs/quality.md); the weights of the three signals add up to one.
 *
 * @param duplicateSimilarity estimated Jaccard similarity of body shingles above which an article is a copy
 * @param join                similarity to a story's centroid needed to join it
 * @param merge               similarity between two stories' centroids needed to merge them
 * @param split               two groups of one story's articles less similar than this, as stories, become two stories
 * @param related             similarity needed to be shown as related
 * @param sameStoryFactor     each further article shown from one story counts this much of the one before it
 *                            (0: one article per story, 1: no diversity)
 * @param cooling             how much a story's pull drops per log-step of hours since its last article
 * @param coldAfter           a story no article has joined for this long takes no more
 * @param maxArticles         articles kept in memory for comparison; the oldest leave first
 */
public record StoryConfig(double duplicateSimilarity, double termWeight, double embeddingWeight, double nameWeight,
                          double join, double merge, double split, double related, double sameStoryFactor, double cooling,
                          Duration coldAfter, int maxArticles) {
    public static StoryConfig defaults() {
        return new StoryConfig(0.6, 0.35, 0.35, 0.3, 0.31, 0.62, 0.5, 0.2, 0.9, 0.06, Duration.ofDays(3), 200_000);
    }

    public StoryConfig withJoin(double join, double merge) {
        return new StoryConfig(duplicateSimilarity, termWeight, embeddingWeight, nameWeight, join, merge, split, related, sameStoryFactor,
                cooling, coldAfter, maxArticles);
    }

    public StoryConfig withSplit(double split) {
        return new StoryConfig(duplicateSimilarity, termWeight, embeddingWeight, nameWeight, join, merge, split, related, sameStoryFactor,
                cooling, coldAfter, maxArticles);
    }

    public StoryConfig withWeights(double terms, double embedding, double names) {
        return new StoryConfig(duplicateSimilarity, terms, embedding, names, join, merge, split, related, sameStoryFactor, cooling,
                coldAfter, maxArticles);
    }

    public StoryConfig withRelated(double related, double sameStoryFactor) {
        return new StoryConfig(duplicateSimilarity, termWeight, embeddingWeight, nameWeight, join, merge, split, related, sameStoryFactor,
                cooling, coldAfter, maxArticles);
    }

    double score(float terms, float embedding, float names) {
        return termWeight * terms + embeddingWeight * embedding + nameWeight * names;
    }

    /** How close two stories are, centroid to centroid: whether they merge, whether two groups are two events. */
    double score(Story a, Story b) {
        return score(a.termCosine(b), a.embeddingCosine(b), a.nameCosine(b));
    }
}
