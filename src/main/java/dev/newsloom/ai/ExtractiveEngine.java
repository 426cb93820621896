package dev.newsloom.ai;

import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AI features, extractive and in process: every sentence shown is a sentence of an article,
 * with its citation. Sentence embeddings come from the in-process model (nothing downloaded, no
 * model server); without it, from hashed word counts. Thread-safe.
 */
public final class ExtractiveEngine {
    /** Part of every cached result's version: change it when a feature's output would change. */
    public static final String VERSION = "extractive-1";
    /** Articles of a story read at most: the earliest from each publisher first, then the newest. */
    public static final int MAX_DOCS = 40;
    private static final int POOLS = 48;

    private final TextVectors vectors;
    private final Summarizer summarizer;
    private final Briefer briefer = new Briefer();
    private final EntityFinder entities = new EntityFinder();
    private final TimelineBuilder timelines = new TimelineBuilder();
    private final CoverageComparer comparer = new CoverageComparer();
    private final Asker asker;
    private final Map<String, SentencePool> pools = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentencePool> eldest) {
            return size() > POOLS;
        }
    };

    /** @param embedder null to work from words alone */
    public ExtractiveEngine(SentenceEmbedder embedder) {
        this.vectors = new TextVectors(embedder, 20_000);
        this.summarizer = new Summarizer(vectors);
        this.asker = new Asker(vectors);
    }

    public ArticleSummary summary(AiDocument doc) {
        return summarizer.summarize(pool(List.of(doc)));
    }

    public StoryBrief brief(List<AiDocument> docs) {
        return briefer.brief(pool(docs));
    }

    public WhosWho whosWho(List<AiDocument> docs) {
        return entities.find(pool(docs));
    }

    public Timeline timeline(List<AiDocument> docs) {
        return timelines.build(pool(docs));
    }

    public Coverage compare(List<AiDocument> docs) {
        return comparer.compare(pool(docs));
    }

    /**
     * @param docs    the story's articles (or the one article), whose sentences answer first
     * @param related articles about related events, trusted a little less
     */
    public Answer ask(List<AiDocument> docs, List<AiDocument> related, String question) {
        List<SentencePool> searched = new ArrayList<>();
        searched.add(pool(docs));
        if (!related.isEmpty()) searched.add(pool(related));
        return asker.ask(question, searched);
    }

    /** The best score any sentence reaches for a question (for calibrating {@link Asker#ANSWERS}). */
    double bestScore(List<AiDocument> docs, List<AiDocument> related, String question) {
        List<SentencePool> searched = new ArrayList<>();
        searched.add(pool(docs));
        if (!related.isEmpty()) searched.add(pool(related));
        return asker.score(Question.parse(question), searched).stream().mapToDouble(Asker.Scored::score).max().orElse(0);
    }

    public boolean semantic() {
        return vectors.semantic();
    }

    /** The sentences of a set of articles, built once and kept while they are in demand. */
    SentencePool pool(List<AiDocument> docs) {
        List<AiDocument> read = chosen(docs);
        String key = AiDocument.version(read);
        synchronized (pools) {
            SentencePool p = pools.get(key);
            if (p != null) return p;
        }
        SentencePool built = SentencePool.build(read, vectors);
        synchronized (pools) {
            pools.put(key, built);
        }
        return built;
    }

    /** A story of hundreds of articles is read through a sample: every publisher's first report, then the newest. */
    static List<AiDocument> chosen(List<AiDocument> docs) {
        if (docs.size() <= MAX_DOCS) return docs;
        List<AiDocument> byTime = new ArrayList<>(docs);
        byTime.sort(java.util.Comparator.comparing(AiDocument::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        List<AiDocument> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AiDocument d : byTime) if (out.size() < MAX_DOCS / 2 && seen.add(d.source())) out.add(d);
        for (int i = byTime.size() - 1; i >= 0 && out.size() < MAX_DOCS; i--) if (!out.contains(byTime.get(i))) out.add(byTime.get(i));
        out.sort(java.util.Comparator.comparing(AiDocument::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }
}
