package dev.newsloom.store;

import dev.newsloom.extract.BoilerplateStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Per-source line counts behind the learned boilerplate (tables of V6). */
public final class BoilerplateRepository implements BoilerplateStore {
    private final Database db;

    public BoilerplateRepository(Database db) {
        this.db = db;
    }

    @Override
    public Known load(long sourceId) {
        return db.read(h -> {
            int seen = h.createQuery("SELECT articles_seen FROM boilerplate_sources WHERE source_id = :id")
                    .bind("id", sourceId).mapTo(Integer.class).findOne().orElse(0);
            List<Line> lines = h.createQuery("""
                            SELECT line_key, text, articles, first_article, last_seen_at FROM boilerplate_lines
                            WHERE source_id = :id ORDER BY line_key""")
                    .bind("id", sourceId)
                    .map((rs, ctx) -> new Line(rs.getString("line_key"), rs.getString("text"), rs.getInt("articles"),
                            rs.getInt("first_article"), Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                    .list();
            return new Known(seen, lines);
        });
    }

    @Override
    public void save(long sourceId, int articlesSeen, Collection<Line> changed, Collection<String> forgotten) {
        db.writeVoid(h -> {
            h.createUpdate("""
                            INSERT INTO boilerplate_sources (source_id, articles_seen) VALUES (:id, :seen)
                            ON CONFLICT (source_id) DO UPDATE SET articles_seen = excluded.articles_seen""")
                    .bind("id", sourceId).bind("seen", articlesSeen).execute();
            if (!changed.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO boilerplate_lines (source_id, line_key, text, articles, first_article, last_seen_at)
                        VALUES (:id, :key, :text, :articles, :first, :seen)
                        ON CONFLICT (source_id, line_key) DO UPDATE SET articles = excluded.articles,
                            last_seen_at = excluded.last_seen_at""");
                for (Line l : changed) {
                    batch.bind("id", sourceId).bind("key", l.key()).bind("text", l.text()).bind("articles", l.articles())
                            .bind("first", l.firstArticle()).bind("seen", l.lastSeen().toEpochMilli()).add();
                }
                batch.execute();
            }
            if (!forgotten.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("DELETE FROM boilerplate_lines WHERE source_id = :id AND line_key = :key");
                for (String k : forgotten) batch.bind("id", sourceId).bind("key", k).add();
                batch.execute();
            }
        });
    }
}
