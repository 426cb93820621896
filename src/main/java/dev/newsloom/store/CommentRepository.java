package dev.newsloom.store;

import dev.newsloom.community.Comment;
import dev.newsloom.community.CommentStatus;
import dev.newsloom.community.CommentStore;
import dev.newsloom.community.Report;
import dev.newsloom.community.Reporters;
import dev.newsloom.community.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Comments and their reports. */
public final class CommentRepository implements CommentStore {
    private static final String SELECT = """
            SELECT c.*, u.name AS author_name,
                (SELECT COUNT(*) FROM comment_reports r WHERE r.comment_id = c.id) AS reports
            FROM comments c LEFT JOIN users u ON u.id = c.author_id""";
    private final Database db;

    public CommentRepository(Database db) {
        this.db = db;
    }

    @Override
    public Comment insert(Target target, Long parentId, long authorId, String body, CommentStatus status, String heldReason, Instant now) {
        long id = db.write(h -> h.createUpdate("""
                        INSERT INTO comments (target_kind, target_id, parent_id, author_id, body, status, held_reason, created_at)
                        VALUES (:kind, :target, :parent, :author, :body, :status, :held, :now)""")
                .bind("kind", target.kind().slug()).bind("target", target.id()).bind("parent", parentId).bind("author", authorId)
                .bind("body", body).bind("status", status.slug()).bind("held", heldReason).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Comment> find(long id) {
        return db.read(h -> h.createQuery(SELECT + " WHERE c.id = :id").bind("id", id).map((rs, ctx) -> comment(rs)).findOne());
    }

    @Override
    public List<Comment> on(Target target) {
        // a story folded into another brings its comments along: they were written under its old id
        String ids = target.kind() == Target.Kind.STORY
                ? "(c.target_id = :id OR c.target_id IN (SELECT old_id FROM story_aliases WHERE story_id = :id))"
                : "c.target_id = :id";
        return db.read(h -> h.createQuery(SELECT + " WHERE c.target_kind = :kind AND " + ids + " ORDER BY c.created_at, c.id")
                .bind("kind", target.kind().slug()).bind("id", target.id()).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public void edit(long id, String body, CommentStatus status, String heldReason, Instant editedAt) {
        db.writeVoid(h -> h.createUpdate("UPDATE comments SET body = :body, status = :status, held_reason = :held, edited_at = :at WHERE id = :id")
                .bind("body", body).bind("status", status.slug()).bind("held", heldReason).bind("at", editedAt.toEpochMilli())
                .bind("id", id).execute());
    }

    @Override
    public void setStatus(long id, CommentStatus status, String heldReason) {
        db.writeVoid(h -> h.createUpdate("UPDATE comments SET status = :status, held_reason = :held WHERE id = :id")
                .bind("status", status.slug()).bind("held", heldReason).bind("id", id).execute());
    }

    @Override
    public void erase(long id) {
        db.writeVoid(h -> h.createUpdate("UPDATE comments SET status = 'deleted', body = '', held_reason = NULL WHERE id = :id")
                .bind("id", id).execute());
    }

    @Override
    public int countByAuthorSince(long authorId, Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM comments WHERE author_id = :author AND created_at > :since")
                .bind("author", authorId).bind("since", since.toEpochMilli()).mapTo(Integer.class).one());
    }

    @Override
    public boolean report(long commentId, long reporterId, String reason, Instant now, String network) {
        return db.write(h -> h.createUpdate("""
                        INSERT INTO comment_reports (comment_id, reporter_id, reason, created_at, network)
                        VALUES (:comment, :reporter, :reason, :now, :network)
                        ON CONFLICT (comment_id, reporter_id) DO NOTHING""")
                .bind("comment", commentId).bind("reporter", reporterId).bind("reason", reason).bind("now", now.toEpochMilli())
                .bind("network", network).execute()) > 0;
    }

    @Override
    public List<Reporters.Reporter> reportersOf(long commentId) {
        return db.read(h -> h.createQuery("""
                        SELECT r.reporter_id, u.created_at, u.signup_network, r.network FROM comment_reports r
                        JOIN users u ON u.id = r.reporter_id WHERE r.comment_id = :id ORDER BY r.created_at, r.reporter_id""")
                .bind("id", commentId).map((rs, ctx) -> new Reporters.Reporter(rs.getLong("reporter_id"), Times.instant(rs, "created_at"),
                        rs.getString("signup_network"), rs.getString("network"))).list());
    }

    @Override
    public int reportsBySince(long reporterId, Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM comment_reports WHERE reporter_id = :r AND created_at > :since")
                .bind("r", reporterId).bind("since", since.toEpochMilli()).mapTo(Integer.class).one());
    }

    @Override
    public void clearReports(long commentId) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM comment_reports WHERE comment_id = :id").bind("id", commentId).execute());
    }

    @Override
    public List<Report> reportsOf(long commentId) {
        return db.read(h -> h.createQuery("""
                        SELECT r.comment_id, u.name, r.reason, r.created_at FROM comment_reports r JOIN users u ON u.id = r.reporter_id
                        WHERE r.comment_id = :id ORDER BY r.created_at, r.reporter_id""")
                .bind("id", commentId).map((rs, ctx) -> report(rs)).list());
    }

    @Override
    public List<Comment> withStatus(CommentStatus status, int limit) {
        return db.read(h -> h.createQuery(SELECT + " WHERE c.status = :status ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
                .bind("status", status.slug()).bind("limit", limit).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public List<Comment> reported(int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM (" + SELECT + " WHERE c.status = 'visible') AS listed WHERE reports > 0"
                        + " ORDER BY reports DESC, created_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public List<Comment> byAuthor(long authorId) {
        return db.read(h -> h.createQuery(SELECT + " WHERE c.author_id = :author ORDER BY c.created_at, c.id")
                .bind("author", authorId).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public List<Report> reportsBy(long reporterId) {
        return db.read(h -> h.createQuery("""
                        SELECT r.comment_id, u.name, r.reason, r.created_at FROM comment_reports r JOIN users u ON u.id = r.reporter_id
                        WHERE r.reporter_id = :id ORDER BY r.created_at, r.comment_id""")
                .bind("id", reporterId).map((rs, ctx) -> report(rs)).list());
    }

    @Override
    public int hideAllOf(long authorId, String reason) {
        return db.write(h -> h.createUpdate("""
                        UPDATE comments SET status = 'hidden', held_reason = :reason WHERE author_id = :author AND status IN ('visible', 'held')""")
                .bind("author", authorId).bind("reason", reason).execute());
    }

    @Override
    public void scrubAuthor(long authorId) {
        db.writeVoid(h -> {
            h.createUpdate("DELETE FROM comment_reports WHERE comment_id IN (SELECT id FROM comments WHERE author_id = :author)")
                    .bind("author", authorId).execute();
            h.createUpdate("UPDATE comments SET status = 'deleted', body = '', held_reason = NULL, author_id = NULL WHERE author_id = :author")
                    .bind("author", authorId).execute();
        });
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        Target.Kind kind = Target.Kind.fromSlug(rs.getString("target_kind")).orElse(Target.Kind.ARTICLE);
        return new Comment(rs.getLong("id"), new Target(kind, rs.getString("target_id")), parentId, authorId,
                rs.getString("author_name"), rs.getString("body"), CommentStatus.fromSlug(rs.getString("status")),
                rs.getString("held_reason"), Times.instant(rs, "created_at"), Times.instant(rs, "edited_at"), rs.getInt("reports"));
    }

    private static Report report(ResultSet rs) throws SQLException {
        return new Report(rs.getLong("comment_id"), rs.getString("name"), rs.getString("reason"), Times.instant(rs, "created_at"));
    }
}
