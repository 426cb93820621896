package dev.newsloom.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether two live stories report one event and should merge. Centroids that score at least
 * {@link StoryConfig#merge()} do. Below that, an event whose first reports were told from different
 * angles (the arrest and the court hearing, the check-in and the order behind it) can sit in two
 * or three stories whose centroids never come close enough, although some article of one and some
 * article of the other tell the same thing in nearly the same words. So stories whose centroids
 * are already fairly close ({@link #PAIR_GATE}) also merge when their closest pair of articles
 * scores at least {@link #CLOSE_PAIR}: as close as two reports of one moment by two publishers.
 * Two look-alike events (two earthquakes, two rehab stays) share their vocabulary but rarely an
 * article pair that close, since each report names its own place, people and figures. Stories
 * whose articles mention years that show them written years apart ({@link Years}) never merge.
 *
 * <p>Measured on clustering-dev (docs/quality.md): B-cubed F1 0.920 to 0.925 (precision 0.918 to
 * 0.917, recall 0.923 to 0.932), related P@5 0.628 to 0.631, the demo newsroom unchanged (0.993);
 * the same for a gate from 0.30 to 0.50 and a pair bar from 0.55 to 0.65, while a pair bar of 0.5
 * merges look-alike events (0.909). The gate also bounds the cost: only those candidates are
 * compared article by article, over their {@value #PAIR_MEMBERS} most recent originals each.
 */
final class Convergence {
    static final double PAIR_GATE = 0.45;
    static final double CLOSE_PAIR = 0.6;
    static final int PAIR_MEMBERS = 15;

    private final StoryConfig config;

    Convergence(StoryConfig config) {
        this.config = config;
    }

    boolean converge(Story a, Story b) {
        if (Years.apart(a.years, b.years)) return false;
        double score = config.score(a, b);
        if (score >= config.merge()) return true;
        return score >= PAIR_GATE && closestPair(a, b) >= CLOSE_PAIR;
    }

    /** The best score of an article of one story with an article of the other, among their recent originals. */
    double closestPair(Story a, Story b) {
        double best = Double.NEGATIVE_INFINITY;
        List<Member> as = recentOriginals(a), bs = recentOriginals(b);
        for (Member x : as) {
            for (Member y : bs) {
                best = Math.max(best, config.score(x.terms.dot(y.terms), Vectors.cosine(x.embedding, y.embedding), x.names.dot(y.names)));
            }
        }
        return best;
    }

    private static List<Member> recentOriginals(Story s) {
        List<Member> out = new ArrayList<>();
        for (int i = s.members.size() - 1; i >= 0 && out.size() < PAIR_MEMBERS; i--) {
            Member m = s.members.get(i);
            if (m.duplicateOf == null) out.add(m);
        }
        return out;
    }
}
