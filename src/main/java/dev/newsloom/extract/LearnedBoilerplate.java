package dev.newsloom.extract;

import dev.newsloom.model.Block;
import dev.newsloom.model.ExtractedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-publisher boilerplate learned from the publisher's own articles: a paragraph that recurs
 * across many of one source's articles (a promo under every story, a standing disclaimer) is
 * removed from that source's articles. A line counts only with enough support: in at least
 * {@value #MIN_ARTICLES} different articles, and in at least {@value #MIN_SHARE} of the source's
 * articles since it first appeared, so text one article shares with a few follow-ups about the
 * same event (a quoted statement, a background paragraph) is never removed. Thread-safe.
 */
public final class LearnedBoilerplate {
    public static final int MIN_ARTICLES = 5;
    public static final double MIN_SHARE = 0.2;
    /** Lines longer than this are article text in any realistic layout; they are not tracked. */
    static final int MAX_LINE_CHARS = 600;
    /** Lines tracked per source; beyond it lines seen only once, oldest first, are forgotten. */
    static final int MAX_TRACKED_LINES = 20_000;

    private final BoilerplateStore store;
    private final Map<Long, SourceLines> bySource = new ConcurrentHashMap<>();

    public LearnedBoilerplate(BoilerplateStore store) {
        this.store = store;
    }

    /** A learned line as the operator sees it. */
    public record Learned(String text, int articles, double share, Instant lastSeen) {}

    /**
     * Counts this article's lines for its source, then removes from it every line the source's
     * articles have shown to be boilerplate (this article's sighting included).
     */
    public ExtractedArticle apply(long sourceId, ExtractedArticle article, Instant now) {
        if (article == null || article.paragraphs().isEmpty()) return article;
        SourceLines lines = bySource.computeIfAbsent(sourceId, id -> new SourceLines(store.load(id)));
        List<Block> kept = new ArrayList<>();
        synchronized (lines) {
            List<BoilerplateStore.Line> changed = lines.sight(article.paragraphs(), now);
            List<String> forgotten = lines.trim();
            store.save(sourceId, lines.articlesSeen, changed, forgotten);
            for (Block b : article.blocks()) if (!lines.isBoilerplate(key(b.text()))) kept.add(b);
        }
        if (kept.size() == article.paragraphs().size()) return article;
        return article.withBlocks(kept);
    }

    /** The source's learned lines, most frequent first. */
    public List<Learned> learned(long sourceId, int limit) {
        SourceLines lines = bySource.computeIfAbsent(sourceId, id -> new SourceLines(store.load(id)));
        synchronized (lines) {
            return lines.lines.values().stream().filter(l -> lines.qualifies(l))
                    .sorted(Comparator.comparingInt(BoilerplateStore.Line::articles).reversed())
                    .limit(limit)
                    .map(l -> new Learned(l.text(), l.articles(), lines.share(l), l.lastSeen()))
                    .toList();
        }
    }

    /** Case, punctuation and spacing do not make a line different. */
    static String key(String line) {
        return Text.key(line);
    }

    private static final class SourceLines {
        int articlesSeen;
        final Map<String, BoilerplateStore.Line> lines = new HashMap<>();

        SourceLines(BoilerplateStore.Known known) {
            articlesSeen = known.articlesSeen();
            for (BoilerplateStore.Line l : known.lines()) lines.put(l.key(), l);
        }

        List<BoilerplateStore.Line> sight(List<String> paragraphs, Instant now) {
            articlesSeen++;
            Map<String, String> distinct = new LinkedHashMap<>();
            for (String p : paragraphs) {
                String k = key(p);
                if (!k.isEmpty() && p.length() <= MAX_LINE_CHARS && k.indexOf(' ') > 0) distinct.putIfAbsent(k, p);
            }
            List<BoilerplateStore.Line> changed = new ArrayList<>();
            for (var e : distinct.entrySet()) {
                BoilerplateStore.Line old = lines.get(e.getKey());
                BoilerplateStore.Line updated = old == null
                        ? new BoilerplateStore.Line(e.getKey(), e.getValue(), 1, articlesSeen, now)
                        : new BoilerplateStore.Line(old.key(), old.text(), old.articles() + 1, old.firstArticle(), now);
                lines.put(e.getKey(), updated);
                changed.add(updated);
            }
            return changed;
        }

        List<String> trim() {
            if (lines.size() <= MAX_TRACKED_LINES) return List.of();
            List<BoilerplateStore.Line> once = new ArrayList<>();
            for (BoilerplateStore.Line l : lines.values()) if (l.articles() == 1) once.add(l);
            once.sort(Comparator.comparingInt(BoilerplateStore.Line::firstArticle));
            List<String> forgotten = new ArrayList<>();
            for (int i = 0; i < once.size() && lines.size() > MAX_TRACKED_LINES * 9 / 10; i++) {
                lines.remove(once.get(i).key());
                forgotten.add(once.get(i).key());
            }
            return forgotten;
        }

        boolean isBoilerplate(String key) {
            BoilerplateStore.Line l = lines.get(key);
            return l != null && qualifies(l);
        }

        boolean qualifies(BoilerplateStore.Line l) {
            return l.articles() >= MIN_ARTICLES && share(l) >= MIN_SHARE;
        }

        double share(BoilerplateStore.Line l) {
            return (double) l.articles() / Math.max(1, articlesSeen - l.firstArticle() + 1);
        }
    }
}
