package dev.newsloom.ingest;

/** The body is an HTML page, not a feed; the caller may look for a feed the page links to. */
public final class NotAFeedException extends FeedException {
    public NotAFeedException(String message) {
        super(message);
    }
}
