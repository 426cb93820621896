package dev.newsloom.ai;

/** The generative engine gave no usable text: unreachable, too slow, an error, or output that fails the checks. */
public final class GenerativeException extends Exception {
    public GenerativeException(String message) {
        super(message);
    }

    public GenerativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
