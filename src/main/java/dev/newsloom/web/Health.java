package dev.newsloom.web;

import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /healthz} reports: "ok"; "degraded" (200) when the site serves but nothing new comes in
 * (every source that has been fetched fails or has not succeeded for a long while), so a monitor
 * can alert on a stalled pipeline; "down" (503) when the store or the search index cannot be read.
 */
final class Health {
    /** A source that has not fetched successfully for this long, or six of its intervals if longer, is stalled. */
    static final Duration STALLED = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ArticleIndex index;
    private final Clock clock;

    Health(ArticleRepository articles, SourceRepository sources, ArticleIndex index, Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.index = index;
        this.clock = clock;
    }

    record Report(int httpStatus, Map<String, Object> body) {}

    Report check() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        long articleCount = -1;
        List<Source> all = List.of();
        try {
            articleCount = articles.count();
            all = sources.listed(); // a removed source is no longer the operator's concern
        } catch (RuntimeException e) {
            LOG.warn("health check: the store cannot be read", e);
            problems.add("the store cannot be read (see the server's log)");
        }
        int indexed = -1;
        try {
            if (index != null) indexed = index.count();
        } catch (RuntimeException e) {
            LOG.warn("health check: the search index cannot be read", e);
            problems.add("the search index cannot be read (see the server's log)");
        }
        boolean down = !problems.isEmpty();
        Instant now = clock.instant();
        int failing = 0, stalled = 0, tried = 0, paused = 0;
        Instant lastSuccess = null;
        for (Source s : all) {
            if (s.lastSuccessAt() != null && (lastSuccess == null || s.lastSuccessAt().isAfter(lastSuccess))) lastSuccess = s.lastSuccessAt();
            if (s.status() == SourceStatus.PAUSED) { // not fetched on purpose: neither failing nor stalled
                paused++;
                continue;
            }
            if (s.status() == SourceStatus.NEW && s.lastFetchedAt() == null) continue;
            tried++;
            if (s.status() == SourceStatus.ERROR) failing++;
            else if (stalled(s, now)) stalled++;
        }
        if (!down && tried > 0 && failing + stalled == tried) {
            problems.add(failing == tried ? "every source fails to fetch" : "no source has fetched successfully for " + STALLED.toHours() + " hours or more");
        }
        body.put("status", down ? "down" : problems.isEmpty() ? "ok" : "degraded");
        if (articleCount >= 0) body.put("articles", articleCount);
        if (!down || !all.isEmpty()) body.put("sources", all.size());
        body.put("sources_failing", failing);
        body.put("sources_stalled", stalled);
        body.put("sources_paused", paused);
        body.put("last_success", lastSuccess);
        if (indexed >= 0) body.put("indexed", indexed);
        body.put("problems", problems);
        return new Report(down ? 503 : 200, body);
    }

    private static boolean stalled(Source s, Instant now) {
        Duration limit = Duration.ofMinutes(6L * Math.max(1, s.refreshMinutes()));
        if (limit.compareTo(STALLED) < 0) limit = STALLED;
        Instant since = s.lastSuccessAt() != null ? s.lastSuccessAt() : s.createdAt();
        return since != null && Duration.between(since, now).compareTo(limit) > 0;
    }
}
