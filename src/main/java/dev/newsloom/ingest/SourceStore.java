package dev.newsloom.ingest;

import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.Source;
import java.util.List;
import java.util.Optional;

/** Where the scheduler reads sources and writes back their state; the store implements it. */
public interface SourceStore {
    List<Source> all();

    Optional<Source> find(long id);

    /** Persists the scheduling state and health fields of {@code source} (matched by id). */
    void update(Source source);

    /**
     * Persists what a refresh learned about {@code read} (the source as it was when the refresh
     * began), unless the operator changed the source meanwhile; stores that cannot tell just update.
     */
    default void update(Source read, Source updated) {
        update(updated);
    }

    /**
     * Names a source after its feed's own title if it still has the name it was given by default
     * ({@code defaultName}, its host or URL); a name the operator chose is kept.
     */
    default void nameAfterFeed(long id, String defaultName, String title) {}

    /** The source already subscribed to this feed URL, if any. */
    default java.util.Optional<Source> findSameFeed(String feedUrl) {
        return all().stream().filter(s -> FeedUrls.normalizeOrKeep(s.feedUrl()).equals(FeedUrls.normalizeOrKeep(feedUrl))).findFirst();
    }

    void logAttempt(FetchAttempt attempt);
}
