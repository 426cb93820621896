package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compare coverage: the story's statements of fact grouped across articles (sentences that say
 * the same by meaning, or state the same distinctive figure), then the groups only some
 * publishers carry. A publisher that ran a wire copy carries what the copy says.
 */
final class CoverageComparer {
    static final int MAX_CLAIMS = 6, MAX_DIFFERENCES = 3;
    private static final double SAME_CLAIM = 0.72, SAME_FIGURE_CLAIM = 0.60, SAME_TOPIC = 0.75;

    private record Group(List<Integer> members, Set<String> figures) {}

    Coverage compare(SentencePool pool) {
        Citations citations = new Citations(pool.docs);
        List<String> all = new ArrayList<>();
        for (AiDocument d : pool.docs) for (String s : d.carriers()) if (!all.contains(s)) all.add(s);
        if (all.size() < 2 || pool.isEmpty()) return new Coverage(all, List.of(), List.of(), List.of());
        double[] score = Summarizer.scores(pool);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            // a statement of fact: a figure, a quotation, someone introduced by role, or several names
            boolean factual = pool.information(i) >= 0.3 || (pool.items.get(i).names() >= 2 && pool.information(i) > 0);
            if (factual && Sentences.words(pool.items.get(i).text()) >= 6) candidates.add(i);
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        List<Group> groups = new ArrayList<>();
        for (int i : candidates) {
            Set<String> figures = distinctive(pool.items.get(i));
            List<String> stated = significant(pool.items.get(i));
            Group home = null;
            for (Group g : groups) {
                double sim = pool.sim(i, g.members().get(0));
                boolean sharesFigure = !stated.isEmpty() && significant(pool.items.get(g.members().get(0))).containsAll(stated);
                // "300 homes" and "450 homes" in the same words are two versions of a fact, not one claim
                boolean conflicts = conflicting(pool, i, g.members().get(0));
                if (!conflicts && (sim >= SAME_CLAIM || (sharesFigure && sim >= SAME_FIGURE_CLAIM))) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(new Group(new ArrayList<>(List.of(i)), figures));
            else home.members().add(i);
        }
        List<Set<String>> docFigures = new ArrayList<>();
        for (AiDocument d : pool.docs) docFigures.add(new HashSet<>(Numbers.significantKeys(d.title() + "\n" + String.join("\n", d.paragraphs()))));
        List<Coverage.Claim> only = new ArrayList<>();
        record Scored(Group group, Set<String> carriers, double value) {}
        List<Scored> partial = new ArrayList<>();
        for (Group g : groups) {
            Set<String> carriers = new LinkedHashSet<>();
            Set<Integer> docs = new LinkedHashSet<>();
            for (int i : g.members()) docs.add(pool.items.get(i).doc());
            if (!g.figures().isEmpty()) {
                // the same distinctive figure elsewhere in an article is the same fact told in other words
                for (int d = 0; d < pool.docs.size(); d++) if (docFigures.get(d).containsAll(g.figures())) docs.add(d);
            }
            for (int d : docs) carriers.addAll(pool.docs.get(d).carriers());
            if (carriers.size() >= all.size()) continue;
            int lead = g.members().get(0);
            partial.add(new Scored(g, carriers, score[lead] + 0.3 * pool.information(lead)));
        }
        partial.sort(Comparator.comparingDouble(Scored::value).reversed());
        for (Scored s : partial.subList(0, Math.min(MAX_CLAIMS, partial.size()))) {
            only.add(claim(pool, s.group(), s.carriers(), all, citations));
        }
        List<Coverage.Difference> differences = differences(pool, groups, all, citations);
        return new Coverage(all, only, differences, citations.sources());
    }

    /** Groups about the same thing whose figures of one kind disagree, told by different publishers. */
    private static List<Coverage.Difference> differences(SentencePool pool, List<Group> groups, List<String> all, Citations citations) {
        List<Coverage.Difference> out = new ArrayList<>();
        for (int a = 0; a < groups.size() && out.size() < MAX_DIFFERENCES; a++) {
            for (int b = a + 1; b < groups.size() && out.size() < MAX_DIFFERENCES; b++) {
                Group ga = groups.get(a), gb = groups.get(b);
                if (ga.figures().isEmpty() || gb.figures().isEmpty() || ga.figures().equals(gb.figures())) continue;
                if (pool.sim(ga.members().get(0), gb.members().get(0)) < SAME_TOPIC) continue;
                if (!sameKinds(pool, ga, gb)) continue;
                Set<String> ca = carriersOf(pool, ga), cb = carriersOf(pool, gb);
                if (ca.stream().anyMatch(cb::contains)) continue; // one publisher giving both is two facts, not a dispute
                out.add(new Coverage.Difference(List.of(claim(pool, ga, ca, all, citations), claim(pool, gb, cb, all, citations))));
            }
        }
        return out;
    }

    static List<String> significant(SentencePool.Item it) {
        List<String> out = new ArrayList<>();
        for (Numbers.Figure f : it.figures()) if (f.significant() && !out.contains(f.key())) out.add(f.key());
        return out;
    }

    /** Both state distinctive figures of the same kinds, and not the same ones. */
    private static boolean conflicting(SentencePool pool, int i, int j) {
        Set<String> fi = distinctive(pool.items.get(i)), fj = distinctive(pool.items.get(j));
        if (fi.isEmpty() || fj.isEmpty() || fi.equals(fj)) return false;
        Set<String> ki = new HashSet<>(), kj = new HashSet<>();
        for (Numbers.Figure f : pool.items.get(i).figures()) if (fi.contains(f.key())) ki.add(f.kind());
        for (Numbers.Figure f : pool.items.get(j).figures()) if (fj.contains(f.key())) kj.add(f.kind());
        return ki.equals(kj);
    }

    private static boolean sameKinds(SentencePool pool, Group a, Group b) {
        Set<String> ka = new HashSet<>(), kb = new HashSet<>();
        for (Numbers.Figure f : pool.items.get(a.members().get(0)).figures()) if (f.significant()) ka.add(f.kind());
        for (Numbers.Figure f : pool.items.get(b.members().get(0)).figures()) if (f.significant()) kb.add(f.kind());
        return ka.equals(kb);
    }

    private static Set<String> carriersOf(SentencePool pool, Group g) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : g.members()) out.addAll(pool.docs.get(pool.items.get(i).doc()).carriers());
        return out;
    }

    private static Coverage.Claim claim(SentencePool pool, Group g, Set<String> carriers, List<String> all, Citations citations) {
        List<Integer> docs = new ArrayList<>();
        for (int i : g.members()) {
            int d = pool.items.get(i).doc();
            if (!docs.contains(d) && docs.size() < 3) docs.add(d);
        }
        SentencePool.Item lead = pool.items.get(g.members().get(0));
        List<String> not = all.stream().filter(s -> !carriers.contains(s)).toList();
        return new Coverage.Claim(citations.cite(lead.text(), docs), List.copyOf(carriers), not);
    }

    /**
     * Figures that identify a fact wherever it is stated: sums, shares, measured values and counts
     * in the hundreds or more. "24" may be days in one sentence and hours in the next.
     */
    private static Set<String> distinctive(SentencePool.Item it) {
        Set<String> out = new LinkedHashSet<>();
        for (Numbers.Figure f : it.figures()) {
            if (!f.significant()) continue;
            boolean distinct = !f.kind().equals("count") || f.key().contains(".") || f.key().contains("e")
                    || f.key().replaceAll("\\D", "").length() >= 3;
            if (distinct) out.add(f.key());
        }
        return out;
    }
}
