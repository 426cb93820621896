package dev.newsloom.community;

import java.time.Instant;
import java.util.List;

/** What readers follow, and the articles that brings them (implemented by {@code store}). */
public interface FollowStore {
    void follow(long userId, Follow.Kind kind, String key, String label, Instant now);

    void unfollow(long userId, Follow.Kind kind, String key);

    List<Follow> of(long userId);

    /**
     * Articles since {@code since} that a reader's follows bring, newest first, at most
     * {@code limit}; copies of other articles are included (with {@code duplicateOf}) so they can be folded.
     */
    List<ForYou.Candidate> candidates(long userId, Instant since, int limit);
}
