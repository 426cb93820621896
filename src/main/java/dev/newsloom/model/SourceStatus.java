package dev.newsloom.model;

/** Health of a source as last observed. */
public enum SourceStatus {
    /** Added, never fetched yet. */
    NEW,
    OK,
    /** The last fetch failed; see the source's last error. */
    ERROR,
    /** Disabled by the operator. */
    PAUSED,
    /** Removed by the operator: not fetched and not listed; its articles stay published under its name. */
    REMOVED
}
