package dev.newsloom.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions. A session is only ever created for an account that has just proved who it
 * is, with a fresh random id: an id planted in a browser beforehand is never promoted, so
 * session fixation has nothing to work with.
 */
public final class Sessions {
    /** How often a session's last use is written: reading pages should not mean a write each. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(10);

    private final SessionStore store;
    private final Duration lifetime;
    private final Clock clock;

    public Sessions(SessionStore store, Duration lifetime, Clock clock) {
        this.store = store;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public SignedIn open(User user) {
        Instant now = clock.instant();
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant expires = now.plus(lifetime);
        store.create(Tokens.hash(token), user.id(), csrf, now, expires);
        return new SignedIn(token, new Session(Tokens.hash(token), user, csrf, now, now, expires));
    }

    /** The live session behind a cookie's token; banned accounts have none. */
    public Optional<Session> find(String token) {
        String t = Tokens.wellFormed(token);
        if (t == null) return Optional.empty();
        Instant now = clock.instant();
        Optional<Session> s = store.find(Tokens.hash(t), now);
        if (s.isPresent() && s.get().user().banned()) {
            store.deleteAllOf(s.get().user().id());
            return Optional.empty();
        }
        s.ifPresent(session -> {
            if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) > 0) {
                store.touch(session.idHash(), now, now.plus(lifetime));
            }
        });
        return s;
    }

    /** True when {@link #find} just extended this session: the browser's cookie should be renewed too. */
    public boolean renewed(Session session) {
        return Duration.between(session.lastSeenAt(), clock.instant()).compareTo(TOUCH_EVERY) > 0;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public void close(String token) {
        String t = Tokens.wellFormed(token);
        if (t != null) store.delete(Tokens.hash(t));
    }

    public void closeAll(long userId) {
        store.deleteAllOf(userId);
    }

    public void closeOthers(long userId, Session keep) {
        store.deleteAllOfExcept(userId, keep.idHash());
    }

    public List<Session> of(long userId) {
        return store.of(userId, clock.instant());
    }

    public int purgeExpired() {
        return store.purgeExpired(clock.instant());
    }
}
