package dev.newsloom.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept (implemented by {@code store}). */
public interface SessionStore {
    void create(String idHash, long userId, String csrfToken, Instant now, Instant expiresAt);

    /** The session with its account, if it has not expired at {@code now}. */
    Optional<Session> find(String idHash, Instant now);

    void touch(String idHash, Instant now, Instant expiresAt);

    void delete(String idHash);

    void deleteAllOf(long userId);

    void deleteAllOfExcept(long userId, String keepIdHash);

    List<Session> of(long userId, Instant now);

    int purgeExpired(Instant now);
}
