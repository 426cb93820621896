package dev.newsloom.search;

/** Told of every query the index answers, with its time (for the operator's metrics). */
@FunctionalInterface
public interface SearchObserver {
    SearchObserver NONE = (kind, nanos) -> {};

    enum Kind { SEARCH, SUGGEST }

    /** Must be cheap and must not throw; called from request threads at once. */
    void searched(Kind kind, long nanos);
}
