package dev.newsloom.community;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Following and unfollowing hashtags, sources and stories. Whether a target exists is checked by the caller. */
public final class Follows {
    private final FollowStore store;
    private final int max;
    private final Clock clock;

    public Follows(FollowStore store, int max, Clock clock) {
        this.store = store;
        this.max = max;
        this.clock = clock;
    }

    public void follow(User user, Follow.Kind kind, String key, String label) {
        String k = kind == Follow.Kind.HASHTAG ? key.toLowerCase(Locale.ROOT) : key;
        List<Follow> current = store.of(user.id());
        if (current.stream().anyMatch(f -> f.kind() == kind && f.key().equals(k))) return;
        if (current.size() >= max) {
            throw new AccountException(AccountException.Kind.INVALID, "You follow " + max + " things already; unfollow some first.");
        }
        store.follow(user.id(), kind, k, label.length() > 200 ? label.substring(0, 200) : label, clock.instant());
    }

    public void unfollow(User user, Follow.Kind kind, String key) {
        store.unfollow(user.id(), kind, kind == Follow.Kind.HASHTAG ? key.toLowerCase(Locale.ROOT) : key);
    }

    public List<Follow> of(User user) {
        return store.of(user.id());
    }

    public boolean follows(List<Follow> follows, Follow.Kind kind, String key) {
        String k = kind == Follow.Kind.HASHTAG ? key.toLowerCase(Locale.ROOT) : key;
        return follows.stream().anyMatch(f -> f.kind() == kind && f.key().equals(k));
    }
}
