package dev.newsloom.ingest;

/** A body that could not be read as a feed, with a one-line reason. */
public class FeedException extends Exception {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
