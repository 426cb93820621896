package dev.newsloom.cli;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.demo.Publisher;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import java.net.URI;
import java.util.Optional;

/**
 * Subscribes the site to the demo newsroom's publishers, one source each, found again by name on
 * the next run. A source whose newsroom moved to another port is re-pointed rather than added
 * twice, and is fetched at once whatever back-off an earlier run left on it.
 */
final class DemoSources {
    /** The demo shows new articles arriving; the shortest regular interval does that. */
    static final int DEMO_REFRESH_MINUTES = 1;

    private DemoSources() {}

    static int subscribe(SourceRepository sources, NewsroomServer newsroom) {
        int n = 0;
        for (Publisher p : newsroom.publishers()) {
            URI feed = newsroom.feedUris().get(p.slug());
            URI site = newsroom.baseUri().resolve(p.homePath());
            Optional<Source> existing = sources.findByName(p.name());
            if (existing.isEmpty()) {
                sources.add(p.name(), feed.toString(), site.toString(), DEMO_REFRESH_MINUTES);
            } else {
                Source s = existing.get();
                boolean moved = !s.feedUrl().equals(feed.toString());
                sources.update(new Source(s.id(), s.name(), feed.toString(), site.toString(), DEMO_REFRESH_MINUTES,
                        moved ? SourceStatus.NEW : s.status(), moved ? null : s.lastError(), 0, s.lastFetchedAt(),
                        s.lastSuccessAt(), null, moved ? null : s.etag(), moved ? null : s.lastModified(), s.createdAt()));
            }
            n++;
        }
        return n;
    }

    /**
     * A restarted newsroom replays its live queue from the start; articles an earlier run already
     * delivered are published again at once so that the next live article is a new one.
     */
    static int catchUp(NewsroomServer newsroom, ArticleRepository articles) {
        int skipped = 0;
        while (true) {
            Optional<DemoArticle> next = newsroom.publishNext();
            if (next.isEmpty() || !articles.contains(ArticleId.fromUrl(next.get().url(newsroom.baseUri()).toString()))) {
                return skipped;
            }
            skipped++;
        }
    }
}
