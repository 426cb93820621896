package dev.newsloom.ai;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Where computed results are kept, so each is computed once: one entry per subject (an article or
 * a story) and feature, replaced when the subject changes. Implemented by the store.
 */
public interface AiCache {
    /**
     * @param version what the result was computed from ({@link AiService} compares it with the subject's current one)
     * @param engine  "extractive" or "generative:&lt;model&gt;"
     * @param note    why a generative engine's text is not shown (its failure), or null
     * @param body    the result as JSON
     */
    record Entry(String version, String engine, String note, String body, Instant computedAt) {}

    Optional<Entry> find(String subjectId, String feature);

    void save(String subjectId, String feature, Entry entry);

    /** Forgets everything computed for these subjects: their articles changed. */
    void invalidate(Collection<String> subjectIds);
}
