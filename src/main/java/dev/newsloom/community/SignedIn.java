package dev.newsloom.community;

/** A new session: the cookie's secret {@code token} (given to the browser, never stored) and the session. */
public record SignedIn(String token, Session session) {
    public User user() {
        return session.user();
    }
}
