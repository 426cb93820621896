package dev.newsloom.ingest;

/** A fetch that failed, with a one-line reason an operator can act on. */
public final class FetchException extends Exception {
    private final int httpStatus;

    public FetchException(String message) {
        this(0, message);
    }

    public FetchException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status that caused the failure, or 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }
}
