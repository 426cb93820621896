package dev.newsloom.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where comments and reports are kept (implemented by {@code store}). */
public interface CommentStore {
    Comment insert(Target target, Long parentId, long authorId, String body, CommentStatus status, String heldReason, Instant now);

    Optional<Comment> find(long id);

    /** Every comment on the target, whatever its status, oldest first (a story's include those under ids it merged). */
    List<Comment> on(Target target);

    void edit(long id, String body, CommentStatus status, String heldReason, Instant editedAt);

    void setStatus(long id, CommentStatus status, String heldReason);

    /** Status DELETED, text removed. */
    void erase(long id);

    int countByAuthorSince(long authorId, Instant since);

    /** False when this reader had already reported it; {@code network} is {@link Networks#of} where it came from, or null. */
    boolean report(long commentId, long reporterId, String reason, Instant now, String network);

    /** Who sent the comment's open reports, for {@link Reporters#independent}. */
    List<Reporters.Reporter> reportersOf(long commentId);

    int reportsBySince(long reporterId, Instant since);

    void clearReports(long commentId);

    List<Report> reportsOf(long commentId);

    List<Comment> withStatus(CommentStatus status, int limit);

    /** Visible comments with open reports, most reported first. */
    List<Comment> reported(int limit);

    List<Comment> byAuthor(long authorId);

    List<Report> reportsBy(long reporterId);

    /** Hides every visible or held comment of the author, giving its author {@code reason}; returns how many. */
    int hideAllOf(long authorId, String reason);

    /** For a closing account: every comment of the author loses text and author. */
    void scrubAuthor(long authorId);
}
