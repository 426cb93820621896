package dev.newsloom.community;

import java.time.Duration;

/**
 * A request about accounts that cannot be done, with a message fit to show the person who made it.
 * {@code retryAfter} is set when waiting helps (throttled sign-ins, rate limits).
 */
public final class AccountException extends RuntimeException {
    public enum Kind { INVALID, CONFLICT, WRONG_CREDENTIALS, BANNED, THROTTLED, FORBIDDEN, NOT_FOUND, BUSY }

    private final Kind kind;
    private final Duration retryAfter;

    public AccountException(Kind kind, String message) {
        this(kind, message, null);
    }

    public AccountException(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
