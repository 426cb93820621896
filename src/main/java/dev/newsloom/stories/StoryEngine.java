package dev.newsloom.stories;

import dev.newsloom.embed.SentenceEmbedder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Online story building: each new article is checked against earlier copies, then joins the
 * closest live story or opens a new one, in arrival order and without revisiting the past; two
 * stories that grow together merge. Lookups go through inverted lists of terms and names that
 * keep only recent entries, so the cost of an article does not grow with the number stored.
 *
 * <p>{@link #prepare} does the expensive, independent work (embedding, tokenizing, hashing) and
 * may run on many threads; {@link #place} and the queries are serialised.
 */
public final class StoryEngine {
    /** Strongest terms of an article used to find candidate stories and related articles. */
    private static final int LOOKUP_TERMS = 15;
    private static final int POSTING_CAP = 300;
    private static final int RELATED_CANDIDATES = 300;
    private static final int LEAD_CHARS = 500;
    private static final int MEANING_WINDOW = 20_000;
    private static final int MEANING_CANDIDATES = 100;
    /** Nearest articles whose shared words are taken for the kind of event rather than the event. */
    private static final int NEIGHBOURS = 40;
    /** Where those are looked for: the kind of event is a recent matter, and this scan runs for every placement. */
    private static final int NEIGHBOUR_WINDOW = 5_000;

    private final StoryConfig config;
    private final PlacementObserver observer;
    private final SentenceEmbedder embedder;
    private final TermStats termStats = new TermStats();
    private final DuplicateIndex duplicates;
    private final StorySplitter splitter;
    private final Convergence convergence;
    private final Map<String, Member> members = new HashMap<>();
    private final MeanEmbedding meanEmbedding = new MeanEmbedding(SentenceEmbedder.DIMENSIONS);
    private final Deque<String> arrival = new ArrayDeque<>();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    /** For each original, the articles that copy it. */
    private final Map<String, List<String>> copies = new HashMap<>();
    private final Map<Integer, Deque<String>> storiesByTerm = new HashMap<>();
    private final Map<Integer, Deque<String>> articlesByTerm = new HashMap<>();

    /**
     * The work done before the lock: the article's comparable features.
     *
     * @param vector    the sentence embedding as the model gave it (for the search index), null when restored
     * @param embedding the same, as the engine keeps and stores it
     */
    public record Prepared(StoryInput input, float[] vector, byte[] embedding, Map<String, Integer> counts, long[] minhash, int[] years) {}

    /** A related article and why: its similarity to the article it is shown with. */
    public record Related(String articleId, String storyId, double score) {}

    /** @param embedder null to cluster on words and names alone */
    public StoryEngine(StoryConfig config, SentenceEmbedder embedder) {
        this(config, embedder, PlacementObserver.NONE);
    }

    /** @param observer told of each placement and its time */
    public StoryEngine(StoryConfig config, SentenceEmbedder embedder, PlacementObserver observer) {
        this.observer = observer;
        this.config = config;
        this.embedder = embedder;
        this.duplicates = new DuplicateIndex(config.duplicateSimilarity());
        this.splitter = new StorySplitter(config);
        this.convergence = new Convergence(config);
    }

    public Prepared prepare(StoryInput in) {
        return prepare(in, embedder == null ? null : embedder.embed(in.lead(LEAD_CHARS)), null);
    }

    /** Prepares an article placed before, with the embedding stored then: no model run. */
    public Prepared prepareStored(StoryInput in, byte[] storedEmbedding) {
        if (storedEmbedding == null && embedder != null) return prepare(in);
        return prepare(in, null, storedEmbedding);
    }

    /** Prepares many at once: the embedding model is faster on a batch. */
    public List<Prepared> prepareAll(List<StoryInput> inputs) {
        List<float[]> vectors = embedder == null ? null
                : embedder.embedAll(inputs.stream().map(i -> i.lead(LEAD_CHARS)).toList());
        List<Prepared> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            out.add(prepare(inputs.get(i), vectors == null ? null : vectors.get(i), null));
        }
        return out;
    }

    private Prepared prepare(StoryInput in, float[] vector, byte[] stored) {
        byte[] embedding = vector != null ? Vectors.quantize(vector) : stored;
        return new Prepared(in, vector, embedding, Terms.count(in.title(), in.text(), in.lang()), MinHash.signature(in.text()),
                Years.mentioned(in.title(), in.text()));
    }

    /** Decides the article's story. An article already placed keeps its place. */
    public synchronized Placement place(Prepared p) {
        long start = System.nanoTime();
        boolean known = members.containsKey(p.input().id());
        Placement placed = decide(p);
        if (!known) observer.placed(placed, System.nanoTime() - start);
        return placed;
    }

    private Placement decide(Prepared p) {
        StoryInput in = p.input();
        Member known = members.get(in.id());
        if (known != null) return new Placement(in.id(), root(known.story), known.duplicateOf, List.of(), List.of());
        Member m = remember(p);
        String original = duplicates.findOriginal(p.minhash());
        Member originalMember = original == null ? null : members.get(original);
        if (originalMember != null) {
            Member canonical = originalMember.duplicateOf == null ? originalMember : members.get(originalMember.duplicateOf);
            if (canonical == null) canonical = originalMember;
            Story s = stories.get(root(canonical.story));
            if (m.time != null && canonical.time != null && m.time.isBefore(canonical.time)) {
                // fetched later but published earlier: the newcomer is the first copy, the one the others point to
                List<String> repointed = new ArrayList<>(copies.getOrDefault(canonical.id, List.of()));
                repointed.add(canonical.id);
                copies.remove(canonical.id);
                for (String id : repointed) {
                    Member c = members.get(id);
                    if (c != null) c.duplicateOf = m.id;
                }
                copies.put(m.id, repointed);
                duplicates.remove(canonical.id);
                duplicates.add(m.id, p.minhash());
                s.add(m);
                index(m, s);
                return new Placement(m.id, s.id, null, List.of(), repointed);
            }
            m.duplicateOf = canonical.id;
            copies.computeIfAbsent(canonical.id, k -> new ArrayList<>()).add(m.id);
            s.add(m);
            index(m, s);
            return new Placement(m.id, s.id, m.duplicateOf, List.of(), List.of());
        }
        duplicates.add(m.id, p.minhash());

        List<Story> candidates = in.opinion() ? List.of() : candidateStories(m);
        List<Member> neighbours = candidates.isEmpty() ? List.of() : nearest(m, NEIGHBOURS, NEIGHBOUR_WINDOW);
        Contrast contrast = neighbours.isEmpty() ? null : Contrast.among(neighbours, 1);
        Story best = null;
        // an article of a line or two holds few of its story's words: the cosine to a story's centroid runs lower
        double bestScore = m.terms.size() < SHORT_TERMS ? config.join() * SHORT_JOIN : config.join();
        for (Story s : candidates) {
            double score = similarity(m, s, contrast);
            if (score >= bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best == null) {
            best = new Story(m.id, dimensions(m));
            best.closed = in.opinion();
            stories.put(best.id, best);
        }
        best.add(m);
        index(m, best);
        Placement.Split split = splitIfTwoEvents(best);
        List<String> merged = mergeConverging(stories.get(root(m.story)), candidates);
        return new Placement(m.id, root(m.story), m.duplicateOf, merged, List.of(), split);
    }

    /** Moves the articles of a second event out of the story into one of their own (see {@link StorySplitter}). */
    private Placement.Split splitIfTwoEvents(Story s) {
        List<Member> second = splitter.secondEvent(s);
        if (second.isEmpty()) return null;
        Set<String> moving = new HashSet<>();
        for (Member o : second) moving.add(o.id);
        for (Member x : s.members) if (x.duplicateOf != null && moving.contains(x.duplicateOf)) moving.add(x.id);
        List<Member> stay = new ArrayList<>(), go = new ArrayList<>();
        for (Member x : s.members) (moving.contains(x.id) ? go : stay).add(x);
        Story kept = new Story(s.id, dimensions(s.members.get(0)));
        for (Member x : stay) kept.add(x);
        Story moved = new Story(go.get(0).id, dimensions(go.get(0)));
        for (Member x : go) moved.add(x);
        stories.put(kept.id, kept);
        // the new story may carry the id of a story merged into this one before: that address is its own again
        mergedInto.remove(moved.id);
        stories.put(moved.id, moved);
        for (Member x : go) index(x, moved);
        return new Placement.Split(moved.id, go.stream().map(x -> x.id).toList());
    }

    /** Puts back an article whose place was decided earlier (after a restart), deciding nothing. */
    public synchronized void restore(Prepared p, String storyId, String duplicateOf) {
        if (members.containsKey(p.input().id())) return;
        Member m = remember(p);
        m.duplicateOf = duplicateOf != null && members.containsKey(duplicateOf) ? duplicateOf : null;
        if (m.duplicateOf == null) duplicates.add(m.id, p.minhash());
        else copies.computeIfAbsent(m.duplicateOf, k -> new ArrayList<>()).add(m.id);
        Story s = stories.get(root(storyId));
        if (s == null) {
            s = new Story(storyId, dimensions(m));
            s.closed = p.input().opinion();
            stories.put(storyId, s);
        }
        s.add(m);
        index(m, s);
    }

    /** The story an article belongs to, following merges. */
    public synchronized Optional<String> storyOf(String articleId) {
        Member m = members.get(articleId);
        return m == null ? Optional.empty() : Optional.of(root(m.story));
    }

    public synchronized Optional<StorySummary> story(String storyId) {
        Story s = stories.get(root(storyId));
        return s == null ? Optional.empty() : Optional.of(summary(s));
    }

    /**
     * Stories worth leading with: covered by many sources, fresh, and still growing. A story
     * needs at least two articles that are not copies of each other.
     */
    public synchronized List<StorySummary> topStories(Instant now, int limit) {
        List<Map.Entry<Story, Double>> ranked = new ArrayList<>();
        Instant recently = now.minus(Duration.ofHours(6));
        for (Story s : stories.values()) {
            if (s.originals < 2 || s.last == null) continue;
            double hours = Math.max(0, Duration.between(s.last, now).toMinutes() / 60.0);
            // no member is later than the story's last article: a story quiet for six hours has none recent, unread
            long recent = !s.last.isAfter(recently) ? 0
                    : s.members.stream().filter(m -> m.time != null && m.time.isAfter(recently)).count();
            double score = 2 * Math.log(1 + s.sources.size()) + Math.log(1 + recent) - hours / 12;
            ranked.add(Map.entry(s, score));
        }
        ranked.sort(Map.Entry.<Story, Double>comparingByValue().reversed());
        return ranked.stream().limit(limit).map(e -> summary(e.getKey())).toList();
    }

    /**
     * Articles about related events, best first: from other stories, copies left out, closer in
     * time preferred. Stories are ranked by how close they are to the article and to its story;
     * each further article from one story counts {@link StoryConfig#sameStoryFactor()} of the one
     * before it, so comparably related stories take turns and a story far closer than the rest
     * fills more of the list than barely related ones would.
     */
    public synchronized List<Related> related(String articleId, int limit) {
        Member m = members.get(articleId);
        if (m == null) return List.of();
        Story own = stories.get(root(m.story));
        Set<Member> candidates = new LinkedHashSet<>(nearest(m, MEANING_CANDIDATES, MEANING_WINDOW));
        Map<String, Integer> shared = new HashMap<>();
        for (int term : strongest(m.terms, LOOKUP_TERMS)) {
            Deque<String> posting = articlesByTerm.get(term);
            if (posting != null) for (String id : posting) shared.merge(id, 1, Integer::sum);
        }
        shared.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(RELATED_CANDIDATES)
                .map(e -> members.get(e.getKey())).filter(java.util.Objects::nonNull).forEach(candidates::add);
        List<Related> scored = new ArrayList<>();
        for (Member c : candidates) {
            if (c == m || c.duplicateOf != null || own != null && root(c.story).equals(own.id)) continue;
            double score = relatedness(m, c) - recencyPenalty(m.time, c.time);
            if (score >= config.related()) scored.add(new Related(c.id, root(c.story), score));
        }
        scored.sort(Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::articleId));
        Map<String, List<Related>> byStory = new LinkedHashMap<>();
        for (Related r : scored) byStory.computeIfAbsent(r.storyId(), k -> new ArrayList<>()).add(r);
        record Slot(Related related, double score) {}
        List<Slot> slots = new ArrayList<>();
        for (var e : byStory.entrySet()) {
            Story t = stories.get(e.getKey());
            double best = e.getValue().get(0).score();
            double claim = own == null || t == null ? best : STORY_CLOSENESS * storyCloseness(own, t) + (1 - STORY_CLOSENESS) * best;
            for (Related r : e.getValue()) {
                slots.add(new Slot(r, claim));
                claim *= config.sameStoryFactor();
            }
        }
        slots.sort(Comparator.comparingDouble(Slot::score).reversed());
        return slots.stream().limit(limit).map(Slot::related).toList();
    }

    /** How much of a story's claim to a related slot is what the two stories are about, the rest being its closest article. */
    private static final double STORY_CLOSENESS = 0.5;

    private double storyCloseness(Story a, Story b) {
        return a.hasEmbeddings() && b.hasEmbeddings() ? a.centeredEmbeddingCosine(b, meanEmbedding) : a.termCosine(b);
    }

    /** Articles and distinct sources per story among articles published in [from, to). */
    public record Activity(Map<String, Integer> articles, Map<String, Integer> sources) {}

    public synchronized Activity activity(Instant from, Instant to) {
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Integer> sources = new HashMap<>();
        for (Story s : stories.values()) {
            if (s.last == null || s.last.isBefore(from) || s.first.isAfter(to) || s.closed) continue;
            Set<String> seen = new HashSet<>();
            int n = 0;
            for (Member m : s.members) {
                if (m.time == null || m.time.isBefore(from) || !m.time.isBefore(to)) continue;
                n++;
                if (m.source != null) seen.add(m.source);
            }
            if (n > 0) {
                articles.put(s.id, n);
                sources.put(s.id, seen.size());
            }
        }
        return new Activity(articles, sources);
    }

    public synchronized int articleCount() {
        return members.size();
    }

    public synchronized int storyCount() {
        return stories.size();
    }

    private Member remember(Prepared p) {
        StoryInput in = p.input();
        SparseVector terms = termStats.learnAndWeigh(p.counts());
        Member m = new Member(in.id(), in.title(), in.published(), in.source(), p.embedding(), terms, termStats.namesOf(terms),
                p.minhash(), p.years());
        members.put(m.id, m);
        meanEmbedding.add(m.embedding);
        arrival.addLast(m.id);
        while (arrival.size() > config.maxArticles()) forget(arrival.removeFirst());
        return m;
    }

    private void forget(String id) {
        Member m = members.remove(id);
        if (m == null) return;
        meanEmbedding.remove(m.embedding);
        duplicates.remove(id);
        copies.remove(id);
        Story s = stories.get(root(m.story));
        if (s != null) {
            s.members.remove(m);
            if (s.members.isEmpty()) stories.remove(s.id);
        }
    }

    private void index(Member m, Story s) {
        for (int term : strongest(m.terms, LOOKUP_TERMS)) {
            post(storiesByTerm.computeIfAbsent(term, k -> new ArrayDeque<>()), s.id);
            if (m.duplicateOf == null) post(articlesByTerm.computeIfAbsent(term, k -> new ArrayDeque<>()), m.id);
        }
    }

    private static void post(Deque<String> posting, String id) {
        if (id.equals(posting.peekLast())) return;
        posting.addLast(id);
        if (posting.size() > POSTING_CAP) posting.removeFirst();
    }

    private List<Story> candidateStories(Member m) {
        Set<String> ids = new LinkedHashSet<>();
        for (int term : strongest(m.terms, LOOKUP_TERMS)) {
            Deque<String> posting = storiesByTerm.get(term);
            if (posting != null) for (String id : posting) ids.add(root(id));
        }
        List<Story> out = new ArrayList<>();
        for (String id : ids) {
            Story s = stories.get(id);
            if (s != null && !s.closed && !cold(s, m.time)) out.add(s);
        }
        return out;
    }

    private boolean cold(Story s, Instant now) {
        return now != null && s.last != null && Duration.between(s.last, now).compareTo(config.coldAfter()) > 0;
    }

    /** @param contrast weighs the words by what tells the article's neighbours apart; null for plain TF-IDF */
    private double similarity(Member m, Story s, Contrast contrast) {
        double score = contrast == null
                ? config.score(s.termCosine(m.terms), s.embeddingCosine(m.embedding), s.nameCosine(m.names))
                : config.score(s.termCosine(m.terms, contrast), s.embeddingCosine(m.embedding), s.nameCosine(m.names, contrast));
        if (m.time != null && s.last != null) {
            // a story cools: the further an article lies from the story's time span, the closer it must be
            // (articles arrive out of order when publishers are fetched side by side)
            long gap = Math.max(Duration.between(s.last, m.time).toMinutes(), Duration.between(m.time, s.first).toMinutes());
            if (gap > 0) score -= config.cooling() * Math.log1p(gap / 360.0);
        }
        return score;
    }

    /**
     * How related two articles from different stories are: mostly what they are about (the
     * sentence model), less which words they share, since the names that tell events apart say
     * little about whether the reader of one wants the other.
     */
    private double relatedness(Member a, Member b) {
        if (a.embedding == null || b.embedding == null) return a.terms.dot(b.terms);
        double w = RELATED_MEANING;
        return w * Vectors.cosine(a.embedding, b.embedding) + (1 - w) * a.terms.dot(b.terms);
    }

    private static final double RELATED_MEANING = 0.7;

    /**
     * Below this many distinct terms an article is short (a headline and a line, a teaser), and
     * joins a story at {@link #SHORT_JOIN} of the usual bar. Measured on clustering-dev, whose 61
     * one-line articles were mostly left on their own: B-cubed F1 0.912 to 0.920 with names from
     * their titles (see {@link Terms}); 0.7 and 0.9 score lower, 35 terms about the same.
     */
    static final int SHORT_TERMS = 50;
    static final double SHORT_JOIN = 0.8;

    /**
     * The {@code k} articles nearest by meaning among the {@code window} most recent ones, copies
     * left out: a bounded scan, not the whole store. Without embeddings, none.
     */
    private List<Member> nearest(Member m, int k, int window) {
        if (m.embedding == null || m.embeddingNorm == 0) return List.of();
        record Near(Member member, float cosine) {}
        PriorityQueue<Near> best = new PriorityQueue<>(Comparator.comparingDouble(Near::cosine));
        java.util.Iterator<String> recent = arrival.descendingIterator();
        for (int seen = 0; recent.hasNext() && seen < window; seen++) {
            Member c = members.get(recent.next());
            if (c == null || c == m || c.duplicateOf != null || c.embedding == null || c.embeddingNorm == 0) continue;
            float cosine = Vectors.dot(m.embedding, c.embedding) / (m.embeddingNorm * c.embeddingNorm);
            if (best.size() < k) best.add(new Near(c, cosine));
            else if (cosine > best.peek().cosine()) {
                best.poll();
                best.add(new Near(c, cosine));
            }
        }
        return best.stream().map(Near::member).toList();
    }

    private static double recencyPenalty(Instant a, Instant b) {
        if (a == null || b == null) return 0;
        double days = Math.abs(Duration.between(a, b).toHours()) / 24.0;
        return 0.02 * Math.log1p(days);
    }

    /** Folds stories that the newcomer shows to be about the same event into the larger one (see {@link Convergence}). */
    private List<String> mergeConverging(Story grown, List<Story> candidates) {
        List<String> merged = new ArrayList<>();
        Story into = grown;
        for (Story other : candidates) {
            // a candidate may have been merged or split since it was found: only the live story counts
            if (other == into || stories.get(other.id) != other) continue;
            if (!convergence.converge(into, other)) continue;
            Story big = into.members.size() >= other.members.size() ? into : other;
            Story small = big == into ? other : into;
            big.absorb(small);
            stories.remove(small.id);
            mergedInto.put(small.id, big.id);
            merged.add(small.id);
            for (Member m : small.members) index(m, big);
            into = big;
        }
        return merged;
    }

    private String root(String storyId) {
        String id = storyId;
        for (String next = mergedInto.get(id); next != null; next = mergedInto.get(id)) id = next;
        return id;
    }

    private static int dimensions(Member m) {
        return m.embedding == null ? 0 : m.embedding.length;
    }

    private static int[] strongest(SparseVector v, int n) {
        Integer[] order = new Integer[v.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Float.compare(v.weights()[b], v.weights()[a]));
        int k = Math.min(n, order.length);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = v.ids()[order[i]];
        return out;
    }

    private StorySummary summary(Story s) {
        List<Member> byTime = new ArrayList<>(s.members);
        byTime.sort(Comparator.comparing((Member m) -> m.time, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (Member m : byTime) if (m.duplicateOf != null) copies.computeIfAbsent(m.duplicateOf, k -> new ArrayList<>()).add(m.id);
        Map<String, Integer> sources = new LinkedHashMap<>();
        s.sources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sources.put(e.getKey(), e.getValue()));
        return new StorySummary(s.id, s.title(), s.first, s.last, byTime.stream().map(m -> m.id).toList(), copies, sources);
    }
}
