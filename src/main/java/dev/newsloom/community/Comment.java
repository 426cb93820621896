package dev.newsloom.community;

import java.time.Instant;

/**
 * A comment. {@code parentId} is null for a top-level comment; {@code authorId} and
 * {@code authorName} are null once the author closed their account.
 *
 * @param heldReason why it waits for a moderator: {@code link}, {@code word} or {@code reports}; for a hidden
 *                   comment, the moderator's reason (shown to its author), or null
 * @param reports    open reports against it
 */
public record Comment(long id, Target target, Long parentId, Long authorId, String authorName, String body,
        CommentStatus status, String heldReason, Instant createdAt, Instant editedAt, int reports) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean by(User user) {
        return user != null && authorId != null && authorId == user.id();
    }
}
