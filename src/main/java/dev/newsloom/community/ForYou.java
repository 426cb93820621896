package dev.newsloom.community;

import dev.newsloom.model.Article;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The For-you list: the newest articles that a reader's hashtags, sources and stories bring,
 * copies folded under their original and each story shown once (its newest article leads), ranked
 * by recency and breadth. The score: {@code 0.5^(age / 12 h) x (1 + 0.5 ln sources) x (1 + 0.5 (follows - 1))},
 * where sources is how many publishers cover the story and follows how many of the reader's
 * follows it matches; why these numbers: docs/decisions.md.
 */
public final class ForYou {
    public static final Duration WINDOW = Duration.ofDays(7);
    static final Duration HALF_LIFE = Duration.ofHours(12);
    static final int CANDIDATES = 1000;

    /**
     * An article a follow brought. {@code matched} holds the {@link Follow#ref()}s that brought it;
     * {@code storySources} and {@code storyArticles} describe its whole story (1 and 1 when it has none).
     */
    public record Candidate(Article article, String storyId, String duplicateOf, int storySources, int storyArticles,
            Set<String> matched) {}

    /** One line of the list: a lead article, and how many more of its story were folded under it. */
    public record Item(Article lead, String storyId, int storyArticles, int storySources, List<Follow> because, int folded,
            double score) {}

    private final FollowStore store;
    private final Clock clock;

    public ForYou(FollowStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Item> items(User user, int limit) {
        List<Follow> follows = store.of(user.id());
        if (follows.isEmpty()) return List.of();
        Instant now = clock.instant();
        return rank(follows, store.candidates(user.id(), now.minus(WINDOW), CANDIDATES), now, limit);
    }

    static List<Item> rank(List<Follow> follows, List<Candidate> candidates, Instant now, int limit) {
        Map<String, Candidate> byId = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byId.merge(c.article().id(), c, (a, b) -> new Candidate(a.article(), a.storyId(), a.duplicateOf(), a.storySources(),
                    a.storyArticles(), union(a.matched(), b.matched())));
        }
        // a copy folds into its original when the original is in the list too; otherwise it stands for it
        Map<String, Set<String>> extraMatches = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        List<Candidate> originals = new ArrayList<>();
        for (Candidate c : byId.values()) {
            if (c.duplicateOf() != null && byId.containsKey(c.duplicateOf())) {
                extraMatches.computeIfAbsent(c.duplicateOf(), k -> new LinkedHashSet<>()).addAll(c.matched());
                copies.merge(c.duplicateOf(), 1, Integer::sum);
            } else {
                originals.add(c);
            }
        }
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : originals) {
            groups.computeIfAbsent(c.storyId() != null ? "s:" + c.storyId() : "a:" + c.article().id(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Follow> followsByRef = new HashMap<>();
        for (Follow f : follows) followsByRef.put(f.ref(), f);
        List<Item> items = new ArrayList<>();
        for (List<Candidate> group : groups.values()) {
            group.sort(Comparator.comparing((Candidate c) -> c.article().time()).reversed().thenComparing(c -> c.article().id()));
            Candidate lead = group.get(0);
            Set<String> matched = new LinkedHashSet<>();
            int folded = group.size() - 1;
            for (Candidate c : group) {
                matched.addAll(c.matched());
                matched.addAll(extraMatches.getOrDefault(c.article().id(), Set.of()));
                folded += copies.getOrDefault(c.article().id(), 0);
            }
            List<Follow> because = matched.stream().map(followsByRef::get).filter(f -> f != null).toList();
            double score = score(lead.article().time(), now, lead.storySources(), Math.max(1, because.size()));
            items.add(new Item(lead.article(), lead.storyId(), lead.storyArticles(), lead.storySources(), because, folded, score));
        }
        items.sort(Comparator.comparingDouble(Item::score).reversed().thenComparing(i -> i.lead().time(), Comparator.reverseOrder()));
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : items;
    }

    static double score(Instant time, Instant now, int sources, int follows) {
        double ageHours = Math.max(0, Duration.between(time, now).toMinutes() / 60.0);
        double recency = Math.pow(0.5, ageHours / (HALF_LIFE.toMinutes() / 60.0));
        return recency * (1 + 0.5 * Math.log(Math.max(1, sources))) * (1 + 0.5 * (follows - 1));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
