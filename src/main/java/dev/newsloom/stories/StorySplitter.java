package dev.newsloom.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a second event inside a story. An online clusterer decides on the evidence it has: the
 * first report of the second of two look-alike events (a second earthquake, a second rehab stay)
 * often joins the first one's story, and the events' names tell them apart only once both have a
 * few articles. Then the story's articles fall into two groups, each sharing names and figures the
 * other lacks: the members are split in two by average linkage, with terms weighed by how few of
 * the story's articles use them, and the two groups become two stories when, compared as stories,
 * they are further apart than two stories that would ever merge, or when the years their articles
 * mention show them written years apart ({@link Years}): look-alike events years apart (two
 * emergency patches of one browser, two castings of one role) score as close as two angles on one
 * event, and only the years tell them apart.
 *
 * <p>Only stories of at most {@value #MAX_ORIGINALS} originals are examined: a second event is
 * caught while it is young, and the cost of a check stays bounded.
 */
final class StorySplitter {
    static final int MAX_ORIGINALS = 60;
    /** Each group needs this many originals: one article is too little evidence of an event. */
    private static final int MIN_GROUP = 2;
    /** Inside a story the words decide: its articles are about one kind of thing already. */
    private static final double TERMS = 0.8, MEANING = 0.1, NAMES = 0.1;

    private final StoryConfig config;

    StorySplitter(StoryConfig config) {
        this.config = config;
    }

    /** The originals of the story that report another event than its first article, or an empty list. */
    List<Member> secondEvent(Story s) {
        if (s.closed) return List.of();
        List<Member> originals = s.members.stream().filter(m -> m.duplicateOf == null).toList();
        int n = originals.size();
        if (n < 2 * MIN_GROUP || n > MAX_ORIGINALS) return List.of();
        Contrast contrast = Contrast.among(originals, 0.5);
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Member a = originals.get(i), b = originals.get(j);
                sim[i][j] = sim[j][i] = TERMS * a.terms.cosine(b.terms, contrast)
                        + MEANING * Vectors.cosine(a.embedding, b.embedding) + NAMES * a.names.cosine(b.names, contrast);
            }
        }
        List<List<Integer>> groups = twoGroups(sim);
        List<Integer> first = groups.get(0), second = groups.get(1);
        if (first.size() < MIN_GROUP || second.size() < MIN_GROUP) return List.of();
        int dimensions = originals.get(0).embedding == null ? 0 : originals.get(0).embedding.length;
        Story a = Story.sketch(first.stream().map(originals::get).toList(), dimensions);
        Story b = Story.sketch(second.stream().map(originals::get).toList(), dimensions);
        double between = config.score(a, b);
        // without the sentence model a score lacks its share, and so does the bar
        double bar = dimensions == 0 ? config.split() * (1 - config.embeddingWeight()) : config.split();
        if (between >= bar && !Years.apart(a.years, b.years)) return List.of();
        Member founder = s.members.get(0);
        String anchor = founder.duplicateOf != null ? founder.duplicateOf : founder.id;
        boolean firstHoldsFounder = a.members.stream().anyMatch(m -> m.id.equals(anchor));
        return (firstHoldsFounder ? b : a).members;
    }

    /** Average-linkage agglomeration until two groups are left. */
    private static List<List<Integer>> twoGroups(double[][] sim) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < sim.length; i++) groups.add(new ArrayList<>(List.of(i)));
        while (groups.size() > 2) {
            int bestI = -1, bestJ = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    double link = 0;
                    for (int x : groups.get(i)) for (int y : groups.get(j)) link += sim[x][y];
                    link /= groups.get(i).size() * groups.get(j).size();
                    if (link > best) {
                        best = link;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            groups.get(bestI).addAll(groups.remove(bestJ));
        }
        return groups;
    }
}
