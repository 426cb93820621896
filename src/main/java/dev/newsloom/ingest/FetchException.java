package dev.newsloom.ingest;

/** A fetch that failed, with a one-line reason an operator can act on. */
public final class FetchException extends Exception {
    private final int httpStatus;
    private final String retryAfter;

    public FetchException(String message) {
        this(0, message);
    }

    public FetchException(int httpStatus, String message) {
        this(httpStatus, message, null);
    }

    /** @param retryAfter the server's Retry-After header (seconds, or an HTTP date), or null */
    public FetchException(int httpStatus, String message, String retryAfter) {
        super(message);
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** The Retry-After header of a 429 or 503 answer, as sent, or null. */
    public String retryAfter() {
        return retryAfter;
    }

    /** The HTTP status that caused the failure, or 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }
}
