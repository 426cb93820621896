package dev.newsloom.stories;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A story as pages show it.
 *
 * @param articles member article ids, earliest first
 * @param copies   for each original article, the ids of the articles that copy it
 * @param sources  articles per source, most first
 */
public record StorySummary(String id, String title, Instant firstSeen, Instant lastUpdated, List<String> articles,
                           Map<String, List<String>> copies, Map<String, Integer> sources) {
    public int sourceCount() {
        return sources.size();
    }
}
