package dev.newsloom.store;

import dev.newsloom.model.Article;
import dev.newsloom.model.SiteLanguage;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Categories and hashtags of articles, and the lists and counts their pages need. */
public final class TagRepository {
    private final Database db;

    public TagRepository(Database db) {
        this.db = db;
    }

    /** Replaces the article's category and hashtags. */
    /** The version of the tagger that wrote the stored hashtags, if one was recorded. */
    public Optional<String> taggedBy() {
        return db.read(h -> h.createQuery("SELECT value FROM store_meta WHERE name = 'tagger'").mapTo(String.class).findOne());
    }

    public void recordTaggedBy(String version) {
        db.writeVoid(h -> h.createUpdate("""
                        INSERT INTO store_meta (name, value) VALUES ('tagger', :v)
                        ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
                .bind("v", version).execute());
    }

    public void save(Article a, Tagging tagging) {
        db.writeVoid(h -> {
            h.createUpdate("UPDATE articles SET category = :category, category_hinted = :hinted WHERE id = :id")
                    .bind("category", tagging.category().slug())
                    .bind("hinted", tagging.hinted())
                    .bind("id", a.id())
                    .execute();
            h.createUpdate("DELETE FROM article_tags WHERE article_id = :id").bind("id", a.id()).execute();
            var batch = h.prepareBatch("""
                    INSERT INTO article_tags (article_id, tag_key, tag, label, score, sort_time)
                    VALUES (:id, :key, :tag, :label, :score, :time)
                    ON CONFLICT (article_id, tag_key) DO UPDATE SET tag = excluded.tag, label = excluded.label,
                        score = excluded.score, sort_time = excluded.sort_time""");
            for (Hashtag t : tagging.hashtags()) {
                batch.bind("id", a.id()).bind("key", t.key()).bind("tag", t.tag()).bind("label", t.label())
                        .bind("score", t.score()).bind("time", a.time().toEpochMilli()).add();
            }
            if (!tagging.hashtags().isEmpty()) batch.execute();
        });
    }

    public Optional<Tagging> find(String articleId) {
        return Optional.ofNullable(of(List.of(articleId)).get(articleId));
    }

    /** Taggings of several articles at once (for lists), keyed by article id; untagged ones are absent. */
    public Map<String, Tagging> of(Collection<String> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        return db.read(h -> {
            Map<String, Category> categories = new HashMap<>();
            Map<String, Boolean> hinted = new HashMap<>();
            h.createQuery("SELECT id, category, category_hinted FROM articles WHERE id IN (<ids>) AND category IS NOT NULL")
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> {
                        String id = rs.getString("id");
                        Optional<Category> c = Category.fromSlug(rs.getString("category"));
                        if (c.isPresent()) categories.put(id, c.get());
                        hinted.put(id, rs.getBoolean("category_hinted"));
                        return id;
                    }).list();
            Map<String, List<Hashtag>> tags = new LinkedHashMap<>();
            h.createQuery("SELECT article_id, tag, label, score FROM article_tags WHERE article_id IN (<ids>) ORDER BY score DESC, tag")
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> {
                        tags.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                                .add(new Hashtag(rs.getString("tag"), rs.getString("label"), rs.getDouble("score")));
                        return rs.getString("article_id");
                    }).list();
            Map<String, Tagging> out = new HashMap<>();
            for (var e : categories.entrySet()) {
                out.put(e.getKey(), new Tagging(e.getValue(), hinted.getOrDefault(e.getKey(), false),
                        tags.getOrDefault(e.getKey(), List.of())));
            }
            return out;
        });
    }

    /** Hashtags starting with what was typed, most used first (for as-you-type suggestions). */
    public List<Hashtag> suggest(String typed, int limit) {
        String prefix = typed == null ? "" : Hashtag.tagOf(typed.replace("#", "")).toLowerCase(Locale.ROOT);
        if (prefix.length() < 2) return List.of();
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.read(h -> h.createQuery("""
                        SELECT tag_key, MAX(tag) AS tag, MAX(label) AS label, COUNT(*) AS n FROM article_tags
                        WHERE tag_key LIKE :like ESCAPE '\\' GROUP BY tag_key ORDER BY n DESC, tag_key LIMIT :limit""")
                .bind("like", like).bind("limit", limit)
                .map((rs, ctx) -> new Hashtag(rs.getString("tag"), rs.getString("label"), rs.getInt("n"))).list());
    }

    /** Newest first. */
    /** Lists show a syndicated story once: copies of an earlier article are left out. */
    static final String IS_COPY = "SELECT 1 FROM article_stories s WHERE s.article_id = a.id AND s.duplicate_of IS NOT NULL";

    /**
     * The articles a tag names, each syndicated story once: a copy tagged stands for its original
     * (a copy's text differs a little, so its tags may too, and its tag chips must not lead to an
     * empty page), as every list of the site shows a copy's story under the original.
     */
    static final String TAGGED_GROUPS = """
            SELECT COALESCE(s.duplicate_of, t.article_id) FROM article_tags t
            LEFT JOIN article_stories s ON s.article_id = t.article_id
            WHERE t.tag_key = :key""";

    public List<Article> byTag(String tag, int limit, int offset) {
        return db.read(h -> h.createQuery("""
                        SELECT a.* FROM articles a WHERE a.id IN (%s)
                        ORDER BY a.sort_time DESC, a.id LIMIT :limit OFFSET :offset""".formatted(TAGGED_GROUPS))
                .bind("key", tag.toLowerCase(Locale.ROOT)).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> ArticleRepository.article(rs)).list());
    }

    /** How many {@link #byTag} lists in all. */
    public long countByTag(String tag) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles a WHERE a.id IN (%s)".formatted(TAGGED_GROUPS))
                .bind("key", tag.toLowerCase(Locale.ROOT)).mapTo(Long.class).one());
    }

    /**
     * How many articles {@link #byTag} lists in each language the site files articles under
     * ({@link SiteLanguage#of}: "en-GB" and an unknown or missing language count as "en").
     */
    public Map<String, Long> tagLanguages(String tag) {
        return SiteLanguages.count(rawLanguages("a.id IN (%s)".formatted(TAGGED_GROUPS), q -> q.bind("key", tag.toLowerCase(Locale.ROOT))));
    }

    /** {@link #byTag}, of the articles in one site language ("de": "de", "de-AT", "deu"). */
    public List<Article> byTag(String tag, String lang, int limit, int offset) {
        return inLanguage("a.id IN (%s)".formatted(TAGGED_GROUPS), q -> q.bind("key", tag.toLowerCase(Locale.ROOT)), lang, limit, offset);
    }

    /** {@link #byCategory}'s articles in each site language, as {@link #tagLanguages}. */
    public Map<String, Long> categoryLanguages(Category category) {
        return SiteLanguages.count(rawLanguages("a.category = :c AND NOT EXISTS (%s)".formatted(IS_COPY), q -> q.bind("c", category.slug())));
    }

    /** {@link #byCategory}, of the articles in one site language. */
    public List<Article> byCategory(Category category, String lang, int limit, int offset) {
        return inLanguage("a.category = :c AND NOT EXISTS (%s)".formatted(IS_COPY), q -> q.bind("c", category.slug()), lang, limit, offset);
    }

    /** The language tags as stored (null for none) of the articles {@code where} selects, with how many carry each. */
    private Map<String, Long> rawLanguages(String where, java.util.function.Consumer<org.jdbi.v3.core.statement.Query> binds) {
        return db.read(h -> {
            Map<String, Long> out = new HashMap<>();
            var q = h.createQuery("SELECT a.lang, COUNT(*) AS n FROM articles a WHERE " + where + " GROUP BY a.lang");
            binds.accept(q);
            q.map((rs, ctx) -> {
                out.put(rs.getString("lang"), rs.getLong("n"));
                return rs.getLong("n");
            }).list();
            return out;
        });
    }

    /** Newest first, the articles {@code where} selects whose stored language tag the site files under {@code lang}. */
    private List<Article> inLanguage(String where, java.util.function.Consumer<org.jdbi.v3.core.statement.Query> binds, String lang,
            int limit, int offset) {
        // the tags stored are few (one per publisher's way of writing it), so the one rule of SiteLanguage picks them, not SQL
        SiteLanguages.Filter filter = SiteLanguages.filter(rawLanguages(where, binds).keySet(), lang);
        if (filter.matchesNothing()) return List.of();
        return db.read(h -> {
            var q = h.createQuery("SELECT a.* FROM articles a WHERE " + where + " AND " + filter.sql("a.lang", "langs")
                    + " ORDER BY a.sort_time DESC, a.id LIMIT :limit OFFSET :offset");
            binds.accept(q);
            filter.bind(q, "langs");
            return q.bind("limit", limit).bind("offset", offset).map((rs, ctx) -> ArticleRepository.article(rs)).list();
        });
    }

    /** How the tag is written and labelled most recently, for a page addressed in any case. */
    public Optional<Hashtag> describe(String tag) {
        return db.read(h -> h.createQuery("SELECT tag, label, score FROM article_tags WHERE tag_key = :key ORDER BY sort_time DESC, article_id LIMIT 1")
                .bind("key", tag.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> new Hashtag(rs.getString("tag"), rs.getString("label"), rs.getDouble("score"))).findOne());
    }

    public List<Article> byCategory(Category category, int limit, int offset) {
        return db.read(h -> h.createQuery("""
                        SELECT * FROM articles a WHERE category = :c AND NOT EXISTS (%s)
                        ORDER BY sort_time DESC, id LIMIT :limit OFFSET :offset""".formatted(IS_COPY))
                .bind("c", category.slug()).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> ArticleRepository.article(rs)).list());
    }

    /** How many {@link #byCategory} lists in all: copies are folded there, so not counted here. */
    public long countByCategory(Category category) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles a WHERE category = :c AND NOT EXISTS (%s)".formatted(IS_COPY))
                .bind("c", category.slug()).mapTo(Long.class).one());
    }

    /** Articles per tag in [from, to): the raw material of trending. */
    public Map<String, Integer> tagCounts(Instant from, Instant to) {
        Map<String, Integer> out = new HashMap<>();
        db.read(h -> h.createQuery("""
                        SELECT tag_key, COUNT(*) AS n FROM article_tags WHERE sort_time >= :from AND sort_time < :to
                        GROUP BY tag_key""")
                .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, ctx) -> {
                    out.put(rs.getString("tag_key"), rs.getInt("n"));
                    return rs.getString("tag_key");
                }).list());
        return out;
    }

    /** Distinct sources per tag in [from, to): one noisy publisher alone does not make a trend. */
    public Map<String, Integer> tagSources(Instant from, Instant to) {
        Map<String, Integer> out = new HashMap<>();
        db.read(h -> h.createQuery("""
                        SELECT t.tag_key, COUNT(DISTINCT a.source_id) AS n FROM article_tags t JOIN articles a ON a.id = t.article_id
                        WHERE t.sort_time >= :from AND t.sort_time < :to GROUP BY t.tag_key""")
                .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, ctx) -> {
                    out.put(rs.getString("tag_key"), rs.getInt("n"));
                    return rs.getString("tag_key");
                }).list());
        return out;
    }

    /** Articles whose publisher named the section, newest first, to teach the classifier after a restart. */
    public void forEachHinted(int limit, BiConsumer<Category, Article> action) {
        db.read(h -> {
            h.createQuery("SELECT * FROM articles WHERE category_hinted = TRUE ORDER BY sort_time DESC, id LIMIT :limit")
                    .bind("limit", limit)
                    .map((rs, ctx) -> {
                        Optional<Category> c = Category.fromSlug(rs.getString("category"));
                        if (c.isPresent()) action.accept(c.get(), ArticleRepository.article(rs));
                        return rs.getString("id");
                    }).list();
            return null;
        });
    }
}
