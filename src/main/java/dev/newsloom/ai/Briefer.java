package dev.newsloom.ai;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story's brief: the sentences of all its articles scored as for one article, plus how many
 * other sources say the same (what many report is the core of the story), picked by maximal
 * marginal relevance with a stronger weight on redundancy, since sources repeat each other.
 */
final class Briefer {
    /** A sentence at least this close to another article's says the same; that article is cited too. */
    static final double SAYS_THE_SAME = 0.80;
    /** Reports further apart than this are separate updates of the story. */
    static final Duration UPDATE_GAP = Duration.ofMinutes(45);

    StoryBrief brief(SentencePool pool) {
        Citations citations = new Citations(pool.docs);
        Set<String> sources = new LinkedHashSet<>();
        for (AiDocument d : pool.docs) sources.addAll(d.carriers());
        if (pool.isEmpty()) return new StoryBrief(List.of(), null, pool.docs.size(), sources.size(), List.of());
        int[][] alsoIn = alsoReportedIn(pool);
        double[] score = scores(pool, alsoIn);
        int docs = pool.docs.size();
        int count = docs == 1 ? 3 : docs <= 4 ? 4 : 5;
        List<Integer> picks = Mmr.select(pool, score, Math.min(count, pool.size()), 0.6, i -> true, List.of());
        List<Cited> brief = new ArrayList<>();
        for (int i : picks) brief.add(citations.cite(pool.items.get(i).text(), citing(pool, i, alsoIn)));
        StoryBrief.WhatsNew news = whatsNew(pool, score, citations);
        return new StoryBrief(brief, news, docs, sources.size(), citations.sources());
    }

    static double[] scores(SentencePool pool, int[][] alsoIn) {
        double[] base = Summarizer.scores(pool);
        int others = Math.max(1, carriers(pool) - 1);
        double[] score = new double[pool.size()];
        for (int i = 0; i < score.length; i++) {
            int support = 0;
            for (int d : alsoIn[i]) support += pool.docs.get(d).carriers().size();
            support += pool.docs.get(pool.items.get(i).doc()).carriers().size() - 1;
            score[i] = 0.9 * base[i] + 0.1 * Math.min(1.0, support / (double) others);
        }
        return score;
    }

    /** For each sentence, the other articles with a sentence saying the same. */
    static int[][] alsoReportedIn(SentencePool pool) {
        int n = pool.size();
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> docs = new LinkedHashSet<>();
            int own = pool.items.get(i).doc();
            for (int j = 0; j < n; j++) {
                int d = pool.items.get(j).doc();
                if (d != own && !docs.contains(d) && pool.sim(i, j) >= SAYS_THE_SAME) docs.add(d);
            }
            out[i] = docs.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static List<Integer> citing(SentencePool pool, int i, int[][] alsoIn) {
        List<Integer> docs = new ArrayList<>();
        docs.add(pool.items.get(i).doc());
        for (int d : alsoIn[i]) if (docs.size() < 3) docs.add(d);
        return docs;
    }

    private static int carriers(SentencePool pool) {
        Set<String> all = new HashSet<>();
        for (AiDocument d : pool.docs) all.addAll(d.carriers());
        return all.size();
    }

    /**
     * The latest update (the reports since the last pause of more than {@link #UPDATE_GAP}) against
     * everything before it: its sentences that say something earlier reports did not, by meaning
     * or by a figure never stated before.
     */
    private static StoryBrief.WhatsNew whatsNew(SentencePool pool, double[] score, Citations citations) {
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < pool.docs.size(); d++) if (pool.docs.get(d).published() != null) order.add(d);
        if (order.size() < 2) return null;
        order.sort(Comparator.comparing(d -> pool.docs.get(d).published()));
        int firstNew = order.size() - 1;
        while (firstNew > 0 && Duration.between(pool.docs.get(order.get(firstNew - 1)).published(),
                pool.docs.get(order.get(firstNew)).published()).compareTo(UPDATE_GAP) <= 0) {
            firstNew--;
        }
        if (firstNew == 0) return null;
        Set<Integer> latest = new HashSet<>(order.subList(firstNew, order.size()));
        Instant since = pool.docs.get(order.get(firstNew - 1)).published();
        Instant start = pool.docs.get(order.get(firstNew)).published();
        Set<String> knownFigures = new HashSet<>();
        StringBuilder knownText = new StringBuilder();
        for (int d : order.subList(0, firstNew)) {
            AiDocument doc = pool.docs.get(d);
            knownText.append(doc.title()).append('\n').append(String.join("\n", doc.paragraphs())).append('\n');
        }
        knownFigures.addAll(Numbers.significantKeys(knownText.toString()));
        double[] novel = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            if (!latest.contains(pool.items.get(i).doc())) continue;
            double closest = 0;
            for (int j = 0; j < pool.size(); j++) {
                if (!latest.contains(pool.items.get(j).doc())) closest = Math.max(closest, pool.sim(i, j));
            }
            boolean newFigure = false;
            for (Numbers.Figure f : pool.items.get(i).figures()) newFigure |= f.significant() && !knownFigures.contains(f.key());
            // a date or a name never mentioned before is news as much as a new figure
            String sentence = pool.items.get(i).text();
            for (DateFinder.Stated d : DateFinder.find(sentence, pool.docs.get(pool.items.get(i).doc()).published())) {
                newFigure |= !knownText.toString().contains(d.written());
            }
            for (String name : names(sentence)) newFigure |= !knownText.toString().contains(name);
            double novelty = 1 - closest;
            // new colour is not news: a new sentence must state something (a figure, a quote, who someone is)
            if (newFigure || (novelty >= NEW_MEANING && pool.information(i) >= 0.3)) novel[i] = score[i] * (0.5 + novelty) + (newFigure ? 0.3 : 0);
            else novel[i] = -1;
        }
        List<Integer> picks = Mmr.select(pool, novel, 3, 0.7, i -> novel[i] > 0, List.of());
        picks.sort(Comparator.comparingInt((Integer i) -> pool.items.get(i).doc()).thenComparingInt(i -> pool.items.get(i).position()));
        List<Cited> sentences = new ArrayList<>();
        for (int i : picks) sentences.add(citations.cite(pool.items.get(i).text(), pool.items.get(i).doc()));
        Set<String> by = new LinkedHashSet<>();
        for (int d : order.subList(firstNew, order.size())) by.addAll(pool.docs.get(d).carriers());
        return new StoryBrief.WhatsNew(since, start, List.copyOf(by), sentences);
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)+");

    /** Names of two words or more past a sentence's first word ("Tomas Brandt"). */
    static List<String> names(String sentence) {
        List<String> out = new ArrayList<>();
        var m = NAME.matcher(sentence);
        while (m.find()) out.add(m.group().replaceAll("[’']s$", ""));
        return out;
    }

    /** A sentence no closer than 1 - this to anything reported before says something new. */
    static final double NEW_MEANING = 0.30;
}
