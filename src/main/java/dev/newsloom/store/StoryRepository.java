package dev.newsloom.store;

import dev.newsloom.model.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Which story each article belongs to and which article it copies, as the story engine decided. */
public final class StoryRepository {
    private final Database db;

    /** A stored placement; {@code embedding} and {@code category} (a slug) may be null. */
    public record Stored(Article article, String category, String storyId, String duplicateOf, byte[] embedding) {}

    public StoryRepository(Database db) {
        this.db = db;
    }

    /**
     * Records a placement; stories folded into {@code storyId} move with their articles, and
     * {@code newCopies} now copy this article.
     */
    public void save(String articleId, String storyId, String duplicateOf, byte[] embedding, List<String> mergedStories,
            List<String> newCopies) {
        db.writeVoid(h -> {
            h.createUpdate("""
                    INSERT INTO article_stories (article_id, story_id, duplicate_of, embedding)
                    VALUES (:article, :story, :dup, :embedding)
                    ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of""")
                    .bind("article", articleId).bind("story", storyId).bind("dup", duplicateOf).bind("embedding", embedding)
                    .execute();
            for (String copy : newCopies) {
                h.createUpdate("UPDATE article_stories SET duplicate_of = :original WHERE article_id = :copy")
                        .bind("original", articleId).bind("copy", copy).execute();
            }
            for (String old : mergedStories) {
                h.createUpdate("UPDATE article_stories SET story_id = :story WHERE story_id = :old")
                        .bind("story", storyId).bind("old", old).execute();
                h.createUpdate("UPDATE story_aliases SET story_id = :story WHERE story_id = :old")
                        .bind("story", storyId).bind("old", old).execute();
                h.createUpdate("""
                        INSERT INTO story_aliases (old_id, story_id) VALUES (:old, :story)
                        ON CONFLICT (old_id) DO UPDATE SET story_id = excluded.story_id""")
                        .bind("story", storyId).bind("old", old).execute();
            }
        });
    }

    /**
     * Records a split: these articles turned out to report another event than the rest of their
     * story and now make a story of their own, {@code storyId}. That id may have answered as an
     * alias of the old story (a story merged into it before); it is a story of its own again.
     */
    public void split(String storyId, List<String> articleIds) {
        if (articleIds.isEmpty()) return;
        db.writeVoid(h -> {
            h.createUpdate("UPDATE article_stories SET story_id = :story WHERE article_id IN (<ids>)")
                    .bind("story", storyId).bindList("ids", List.copyOf(articleIds)).execute();
            h.createUpdate("DELETE FROM story_aliases WHERE old_id = :story").bind("story", storyId).execute();
        });
    }

    /** The story's current id: itself, or the story it was folded into. */
    public String resolve(String storyId) {
        return db.read(h -> h.createQuery("SELECT story_id FROM story_aliases WHERE old_id = :id").bind("id", storyId)
                .mapTo(String.class).findOne().orElse(storyId));
    }

    public Optional<String> storyOf(String articleId) {
        return db.read(h -> h.createQuery("SELECT story_id FROM article_stories WHERE article_id = :id").bind("id", articleId)
                .mapTo(String.class).findOne());
    }

    /** Articles of a story, newest first. */
    public List<Article> articles(String storyId) {
        return db.read(h -> h.createQuery("""
                        SELECT a.* FROM articles a JOIN article_stories s ON s.article_id = a.id
                        WHERE s.story_id = :story ORDER BY a.sort_time DESC, a.id""")
                .bind("story", storyId).map((rs, ctx) -> ArticleRepository.article(rs)).list());
    }

    /** For each article given that copies another, the original's id. */
    public Map<String, String> duplicatesOf(Collection<String> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        return db.read(h -> {
            Map<String, String> out = new HashMap<>();
            h.createQuery("SELECT article_id, duplicate_of FROM article_stories WHERE article_id IN (<ids>) AND duplicate_of IS NOT NULL")
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> out.put(rs.getString("article_id"), rs.getString("duplicate_of"))).list();
            return out;
        });
    }

    /** The story of each of these articles that has one, in one query ({@link #storyOf} for many). */
    public Map<String, String> storiesOf(Collection<String> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        return db.read(h -> {
            Map<String, String> out = new HashMap<>();
            h.createQuery("SELECT article_id, story_id FROM article_stories WHERE article_id IN (<ids>)")
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> out.put(rs.getString("article_id"), rs.getString("story_id"))).list();
            return out;
        });
    }

    /** The copies of an article, earliest first. */
    public List<Article> copiesOf(String articleId) {
        return db.read(h -> h.createQuery("""
                        SELECT a.* FROM articles a JOIN article_stories s ON s.article_id = a.id
                        WHERE s.duplicate_of = :id ORDER BY a.sort_time, a.id""")
                .bind("id", articleId).map((rs, ctx) -> ArticleRepository.article(rs)).list());
    }

    /**
     * Every stored article with its placement, in publication order, the most recent {@code limit}
     * only; articles stored before stories existed come with a null story.
     */
    public void forEachRecent(int limit, Consumer<Stored> action) {
        db.scan(h -> {
            try (var stream = h.createQuery("""
                            SELECT * FROM (
                                SELECT a.*, s.story_id AS s_story, s.duplicate_of AS s_dup, s.embedding AS s_embedding
                                FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id
                                ORDER BY a.sort_time DESC, a.id LIMIT :limit) AS recent
                            ORDER BY sort_time, id""")
                    .bind("limit", limit)
                    .map((rs, ctx) -> new Stored(ArticleRepository.article(rs), rs.getString("category"), rs.getString("s_story"),
                            rs.getString("s_dup"), rs.getBytes("s_embedding")))
                    .stream()) {
                stream.forEach(action);
            }
            return null;
        });
    }
}
