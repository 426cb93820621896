package dev.newsloom.cli;

import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.SourceRepository;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code remove-source --delete-articles} deletes from the store, which any process may write;
 * the search index belongs to the serving process, which drops the deleted sources' articles from
 * it here: at start-up and every few seconds while it runs.
 */
final class DeletedSourcesSweep implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeletedSourcesSweep.class);
    static final long EVERY_SECONDS = 2;

    private final ArticleIndex index;
    private final SourceRepository sources;
    private ScheduledExecutorService timer;

    DeletedSourcesSweep(ArticleIndex index, SourceRepository sources) {
        this.index = index;
        this.sources = sources;
    }

    /** Drops the articles of sources no longer in the store from the index; returns how many sources that was. */
    int sweep() {
        Set<Long> indexed = index.sourceIds();
        for (Source s : sources.all()) indexed.remove(s.id());
        for (long gone : indexed) {
            index.deleteSource(gone);
            log.info("Search index: dropped the articles of deleted source {}", gone);
        }
        return indexed.size();
    }

    DeletedSourcesSweep start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "deleted-sources-sweep");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("Search index: could not drop deleted sources' articles: {}", e.toString());
            }
        }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        if (timer == null) return;
        // not shutdownNow: an interrupt during the index's file I/O would close its channels
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
