package dev.newsloom.ai;

import java.util.List;

/**
 * The answer to a reader's question: the sentences of the coverage that best answer it, quoted and
 * cited, or a plain statement that the coverage does not answer it.
 *
 * @param condensed   the quotes rephrased into an answer by the generative engine, citing [n]; null
 *                    when there is none (no model configured, no answer, or the model failed)
 * @param fromRelated the quotes come from related coverage (articles of other stories), because the
 *                    articles asked do not answer the question; never a mix of the two
 */
public record Answer(String question, boolean answered, List<Cited> quotes, List<Cited> condensed, List<SourceRef> sources,
                     boolean fromRelated) {
    public static final String NO_ANSWER = "The coverage does not answer this question.";

    public Answer {
        quotes = List.copyOf(quotes);
        condensed = condensed == null ? null : List.copyOf(condensed);
        sources = List.copyOf(sources);
    }

    public Answer(String question, boolean answered, List<Cited> quotes, List<Cited> condensed, List<SourceRef> sources) {
        this(question, answered, quotes, condensed, sources, false);
    }

    public Answer withCondensed(List<Cited> rephrased) {
        return new Answer(question, answered, quotes, rephrased, sources, fromRelated);
    }
}
