package dev.newsloom.store;

import dev.newsloom.community.Follow;
import dev.newsloom.community.FollowStore;
import dev.newsloom.community.ForYou;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** What readers follow, and the For-you candidates: one query over tags, sources and stories. */
public final class FollowRepository implements FollowStore {
    private final Database db;

    public FollowRepository(Database db) {
        this.db = db;
    }

    @Override
    public void follow(long userId, Follow.Kind kind, String key, String label, Instant now) {
        db.writeVoid(h -> h.createUpdate("""
                        INSERT INTO follows (user_id, kind, key, label, created_at) VALUES (:user, :kind, :key, :label, :now)
                        ON CONFLICT (user_id, kind, key) DO NOTHING""")
                .bind("user", userId).bind("kind", kind.slug()).bind("key", key).bind("label", label).bind("now", now.toEpochMilli())
                .execute());
    }

    @Override
    public void unfollow(long userId, Follow.Kind kind, String key) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM follows WHERE user_id = :user AND kind = :kind AND key = :key")
                .bind("user", userId).bind("kind", kind.slug()).bind("key", key).execute());
    }

    @Override
    public List<Follow> of(long userId) {
        return db.read(h -> h.createQuery("SELECT * FROM follows WHERE user_id = :user ORDER BY kind, label, key")
                .bind("user", userId)
                .map((rs, ctx) -> new Follow(Follow.Kind.fromSlug(rs.getString("kind")).orElseThrow(), rs.getString("key"),
                        rs.getString("label"), Times.instant(rs, "created_at")))
                .list());
    }

    @Override
    public List<ForYou.Candidate> candidates(long userId, Instant since, int limit) {
        return db.read(h -> h.createQuery("""
                        WITH f AS (SELECT kind, key FROM follows WHERE user_id = :user),
                        m AS (
                            SELECT t.article_id AS article_id, 'hashtag:' || t.tag_key AS ref
                            FROM f JOIN article_tags t ON f.kind = 'hashtag' AND t.tag_key = f.key AND t.sort_time >= :since
                            UNION ALL
                            SELECT a.id, 'source:' || f.key
                            FROM f JOIN articles a ON f.kind = 'source' AND a.source_id = CAST(CASE WHEN f.kind = 'source' THEN f.key END AS BIGINT) AND a.sort_time >= :since
                            UNION ALL
                            SELECT s.article_id, 'story:' || f.key
                            FROM f JOIN article_stories s ON f.kind = 'story'
                                AND s.story_id = COALESCE((SELECT sa.story_id FROM story_aliases sa WHERE sa.old_id = f.key), f.key)
                        ),
                        ids AS (SELECT article_id, string_agg(ref, ' ' ORDER BY ref) AS refs FROM m GROUP BY article_id)
                        SELECT a.*, ids.refs, s.story_id AS s_story, s.duplicate_of AS s_dup,
                            (SELECT COUNT(DISTINCT a2.source_id) FROM article_stories s2 JOIN articles a2 ON a2.id = s2.article_id
                             WHERE s2.story_id = s.story_id) AS story_sources,
                            (SELECT COUNT(*) FROM article_stories s2 WHERE s2.story_id = s.story_id) AS story_articles
                        FROM ids JOIN articles a ON a.id = ids.article_id LEFT JOIN article_stories s ON s.article_id = a.id
                        WHERE a.sort_time >= :since
                        ORDER BY a.sort_time DESC, a.id LIMIT :limit""")
                .bind("user", userId).bind("since", since.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> {
                    String story = rs.getString("s_story");
                    return new ForYou.Candidate(ArticleRepository.article(rs), story, rs.getString("s_dup"),
                            story == null ? 1 : Math.max(1, rs.getInt("story_sources")),
                            story == null ? 1 : Math.max(1, rs.getInt("story_articles")),
                            new LinkedHashSet<>(Arrays.asList(rs.getString("refs").split(" "))));
                })
                .list());
    }
}
