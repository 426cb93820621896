package dev.newsloom.extract;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where learned per-publisher boilerplate is kept between runs (implemented by the store). */
public interface BoilerplateStore {
    /**
     * A line seen in a source's articles.
     *
     * @param key          the line normalised (case, punctuation and spacing ignored)
     * @param text         the line as it was first seen
     * @param articles     how many of the source's articles held it
     * @param firstArticle the source's article count when it was first seen (1 = its first article)
     */
    record Line(String key, String text, int articles, int firstArticle, Instant lastSeen) {}

    /** Everything known of one source: how many articles it has had, and its tracked lines. */
    record Known(int articlesSeen, List<Line> lines) {}

    Known load(long sourceId);

    /** Stores the source's article count and the lines that changed with its latest article. */
    void save(long sourceId, int articlesSeen, Collection<Line> changed, Collection<String> forgotten);
}
