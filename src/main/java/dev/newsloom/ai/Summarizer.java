package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's summary and key points, extracted: sentences scored by how central they are to
 * the article (closeness to the mean of its sentence embeddings), how close to the headline, how
 * early, and how much they state; picked by maximal marginal relevance so no two say the same.
 */
final class Summarizer {
    private final TextVectors vectors;

    Summarizer(TextVectors vectors) {
        this.vectors = vectors;
    }

    ArticleSummary summarize(AiDocument doc) {
        return summarize(SentencePool.build(List.of(doc), vectors));
    }

    ArticleSummary summarize(SentencePool pool) {
        AiDocument doc = pool.docs.get(0);
        Citations citations = new Citations(pool.docs);
        if (pool.isEmpty()) return new ArticleSummary(List.of(), List.of(), List.of(), doc.excerptOnly());
        double[] score = scores(pool);
        int n = pool.size();
        int summaryCount = n >= 8 ? 3 : Math.min(2, n);
        List<Integer> summary = Mmr.select(pool, score, summaryCount, 0.7, i -> true, List.of());
        int keyCount = Math.min(n >= 16 ? 5 : n >= 11 ? 4 : 3, n - summary.size());
        // key points state something (a figure, a quote, who someone is) before they merely add colour
        List<Integer> keys = new ArrayList<>(Mmr.select(pool, score, keyCount, 0.7, i -> pool.information(i) >= 0.2, summary));
        if (keys.size() < keyCount) {
            List<Integer> taken = new ArrayList<>(summary);
            taken.addAll(keys);
            keys.addAll(Mmr.select(pool, score, keyCount - keys.size(), 0.7, i -> pool.information(i) >= 0, taken));
        }
        if (keys.size() < keyCount) {
            List<Integer> taken = new ArrayList<>(summary);
            taken.addAll(keys);
            keys.addAll(Mmr.select(pool, score, keyCount - keys.size(), 0.7, i -> true, taken));
        }
        return new ArticleSummary(cite(pool, inOrder(summary), citations), cite(pool, inOrder(keys), citations),
                citations.sources(), doc.excerptOnly());
    }

    static double[] scores(SentencePool pool) {
        double[] central = pool.centrality();
        double[] score = new double[pool.size()];
        for (int i = 0; i < score.length; i++) {
            SentencePool.Item it = pool.items.get(i);
            double title = Math.max(0, pool.sim(i, pool.titles.get(it.doc())));
            score[i] = 0.25 * central[i] + 0.2 * title + 0.2 * SentencePool.position(it.position()) + 0.35 * pool.information(i);
        }
        return score;
    }

    private static List<Integer> inOrder(List<Integer> picks) {
        List<Integer> out = new ArrayList<>(picks);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<Cited> cite(SentencePool pool, List<Integer> picks, Citations citations) {
        List<Cited> out = new ArrayList<>();
        for (int i : picks) out.add(citations.cite(pool.items.get(i).text(), pool.items.get(i).doc()));
        return out;
    }
}
