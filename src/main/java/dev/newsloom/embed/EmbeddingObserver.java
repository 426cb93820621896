package dev.newsloom.embed;

/** Told of every run of the embedding model (for the operator's metrics). */
@FunctionalInterface
public interface EmbeddingObserver {
    EmbeddingObserver NONE = (texts, nanos) -> {};

    /** {@code texts} sentences embedded in one call taking {@code nanos}; must be cheap and must not throw. */
    void embedded(int texts, long nanos);
}
