package dev.newsloom.stories;

/** Told of every placement the engine decides, with the time it took (for the operator's metrics). */
@FunctionalInterface
public interface PlacementObserver {
    PlacementObserver NONE = (placement, nanos) -> {};

    /** Called under the engine's lock: must be cheap and must not throw. */
    void placed(Placement placement, long nanos);
}
