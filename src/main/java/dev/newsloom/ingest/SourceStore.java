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

    void logAttempt(FetchAttempt attempt);
}
