package dev.newsloom.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.ingest.ArticleSink;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.BlockKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Articles, newest first by their publication time. */
public final class ArticleRepository implements ArticleSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Database db;

    public ArticleRepository(Database db) {
        this.db = db;
    }

    @Override
    public boolean contains(String articleId) {
        return db.read(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM articles WHERE id = :id)
                            OR EXISTS (SELECT 1 FROM article_aliases WHERE alias_id = :id)""")
                .bind("id", articleId).mapTo(Boolean.class).one());
    }

    public void accept(Article a) {
        accept(a, null);
    }

    @Override
    public void accept(Article a, String itemLink) {
        db.writeVoid(h -> {
            h.createUpdate("""
                            INSERT INTO articles (id, source_id, url, title, byline, published_at, fetched_at, sort_time,
                                lang, image, caption, credit, body, excerpt_only, categories, body_kinds)
                            VALUES (:id, :sourceId, :url, :title, :byline, :published, :fetched, :sortTime,
                                :lang, :image, :caption, :credit, :body, :excerptOnly, :categories, :bodyKinds)
                            ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, url = excluded.url,
                                title = excluded.title, byline = excluded.byline, published_at = excluded.published_at,
                                sort_time = excluded.sort_time, lang = excluded.lang, image = excluded.image,
                                caption = excluded.caption, credit = excluded.credit, body = excluded.body,
                                excerpt_only = excluded.excerpt_only, categories = excluded.categories,
                                body_kinds = excluded.body_kinds""")
                    .bind("id", a.id())
                    .bind("sourceId", a.sourceId())
                    .bind("url", a.url())
                    .bind("title", a.title())
                    .bind("byline", a.byline())
                    .bind("published", Times.millis(a.published()))
                    .bind("fetched", a.fetchedAt().toEpochMilli())
                    .bind("sortTime", a.time().toEpochMilli())
                    .bind("lang", a.lang())
                    .bind("image", a.image())
                    .bind("caption", a.caption())
                    .bind("credit", a.credit())
                    .bind("body", a.text())
                    .bind("excerptOnly", a.excerptOnly())
                    .bind("categories", json(a.categories()))
                    .bind("bodyKinds", bodyKinds(a))
                    .execute();
            if (itemLink != null) {
                String alias = ArticleId.fromUrl(itemLink);
                if (!alias.equals(a.id())) {
                    h.createUpdate("""
                                    INSERT INTO article_aliases (alias_id, article_id) VALUES (:alias, :id)
                                    ON CONFLICT (alias_id) DO UPDATE SET article_id = excluded.article_id""")
                            .bind("alias", alias).bind("id", a.id()).execute();
                }
            }
        });
    }

    public Optional<Article> find(String id) {
        return db.read(h -> h.createQuery("SELECT * FROM articles WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> article(rs)).findOne());
    }

    public List<Article> newest(int limit, int offset) {
        return db.read(h -> h.createQuery("SELECT * FROM articles ORDER BY sort_time DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> article(rs)).list());
    }

    /** The newest articles with syndicated copies left out: each wire story appears once. */
    public List<Article> newestOriginals(int limit, int offset) {
        return db.read(h -> h.createQuery("""
                        SELECT * FROM articles a
                        WHERE NOT EXISTS (%s)
                        ORDER BY sort_time DESC, id LIMIT :limit OFFSET :offset""".formatted(TagRepository.IS_COPY))
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> article(rs)).list());
    }

    public List<Article> bySource(long sourceId, int limit, int offset) {
        return db.read(h -> h.createQuery("""
                        SELECT * FROM articles WHERE source_id = :sourceId
                        ORDER BY sort_time DESC, id LIMIT :limit OFFSET :offset""")
                .bind("sourceId", sourceId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> article(rs)).list());
    }

    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
    }

    /** How many {@link #newestOriginals} lists in all: copies are folded there, so not counted here. */
    public long countOriginals() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (%s)".formatted(TagRepository.IS_COPY))
                .mapTo(Long.class).one());
    }

    public long countBySource(long sourceId) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE source_id = :id")
                .bind("id", sourceId).mapTo(Long.class).one());
    }

    /** Streams every article, oldest first, without holding them all in memory (for reindexing). */
    public void forEach(Consumer<Article> action) {
        db.scan(h -> {
            try (var stream = h.createQuery("SELECT * FROM articles ORDER BY sort_time, id")
                    .setFetchSize(500)
                    .map((rs, ctx) -> article(rs)).stream()) {
                stream.forEach(action);
            }
            return null;
        });
    }

    static Article article(ResultSet rs) throws SQLException {
        return new Article(
                rs.getString("id"),
                rs.getLong("source_id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("byline"),
                Times.instant(rs, "published_at"),
                Times.instant(rs, "fetched_at"),
                rs.getString("lang"),
                rs.getString("image"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getString("body"),
                rs.getBoolean("excerpt_only"),
                strings(rs.getString("categories")),
                kinds(rs.getString("body_kinds")));
    }

    /** One letter per body line, null when all are paragraphs; kinds that do not fit the text are not stored. */
    private static String bodyKinds(Article a) {
        return a.kinds().size() == a.paragraphs().size() ? BlockKind.encode(a.kinds()) : null;
    }

    private static List<BlockKind> kinds(String codes) {
        return codes == null ? List.of() : BlockKind.decode(codes, codes.length());
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
