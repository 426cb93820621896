package dev.newsloom.store;

import dev.newsloom.ingest.SourceStore;
import dev.newsloom.model.FetchAttempt;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Sources and their fetch history. */
public final class SourceRepository implements SourceStore {
    /** Attempts older than the newest this many per source are pruned; the health view needs only recent ones. */
    static final int ATTEMPTS_KEPT_PER_SOURCE = 200;

    private final Database db;
    private final Clock clock;
    private volatile BoilerplateRepository boilerplate;

    public SourceRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public SourceRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was learned of each source's boilerplate, kept in the same database. */
    public BoilerplateRepository boilerplate() {
        if (boilerplate == null) boilerplate = new BoilerplateRepository(db);
        return boilerplate;
    }

    /** Adds a source; a feed URL already subscribed returns the existing source unchanged. */
    public Source add(String name, String feedUrl, String siteUrl) {
        return add(name, feedUrl, siteUrl, Source.DEFAULT_REFRESH_MINUTES);
    }

    public Source add(String name, String feedUrl, String siteUrl, int refreshMinutes) {
        if (refreshMinutes < 1) throw new IllegalArgumentException("refresh interval must be at least 1 minute");
        // one statement decides, so two processes adding the same feed at once get one source
        return db.write(h -> {
            h.createUpdate("""
                            INSERT INTO sources (name, feed_url, site_url, refresh_minutes, status, created_at)
                            VALUES (:name, :feedUrl, :siteUrl, :refresh, 'NEW', :now)
                            ON CONFLICT (feed_url) DO NOTHING""")
                    .bind("name", name == null || name.isBlank() ? feedUrl : name.strip())
                    .bind("feedUrl", feedUrl)
                    .bind("siteUrl", siteUrl)
                    .bind("refresh", refreshMinutes)
                    .bind("now", clock.millis())
                    .execute();
            return h.createQuery("SELECT * FROM sources WHERE feed_url = :u").bind("u", feedUrl)
                    .map((rs, ctx) -> source(rs)).one();
        });
    }

    @Override
    public List<Source> all() {
        return db.read(h -> h.createQuery("SELECT * FROM sources ORDER BY lower(name), id")
                .map((rs, ctx) -> source(rs)).list());
    }

    @Override
    public Optional<Source> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM sources WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> source(rs)).findOne());
    }

    public Optional<Source> findByFeedUrl(String feedUrl) {
        return db.read(h -> h.createQuery("SELECT * FROM sources WHERE feed_url = :u").bind("u", feedUrl)
                .map((rs, ctx) -> source(rs)).findOne());
    }

    public Optional<Source> findByName(String name) {
        return db.read(h -> h.createQuery("SELECT * FROM sources WHERE name = :n ORDER BY id LIMIT 1").bind("n", name)
                .map((rs, ctx) -> source(rs)).findOne());
    }

    @Override
    public void update(Source s) {
        db.writeVoid(h -> h.createUpdate("""
                        UPDATE sources SET name = :name, feed_url = :feedUrl, site_url = :siteUrl,
                            refresh_minutes = :refresh, status = :status, last_error = :lastError,
                            failures = :failures, last_fetched_at = :lastFetched, last_success_at = :lastSuccess,
                            next_fetch_at = :next, etag = :etag, last_modified = :lastModified
                        WHERE id = :id""")
                .bind("id", s.id())
                .bind("name", s.name())
                .bind("feedUrl", s.feedUrl())
                .bind("siteUrl", s.siteUrl())
                .bind("refresh", s.refreshMinutes())
                .bind("status", s.status().name())
                .bind("lastError", s.lastError())
                .bind("failures", s.failures())
                .bind("lastFetched", Times.millis(s.lastFetchedAt()))
                .bind("lastSuccess", Times.millis(s.lastSuccessAt()))
                .bind("next", Times.millis(s.nextFetchAt()))
                .bind("etag", s.etag())
                .bind("lastModified", s.lastModified())
                .execute());
    }

    /** Removes a source with its articles and history. */
    public boolean delete(long id) {
        return db.write(h -> h.createUpdate("DELETE FROM sources WHERE id = :id").bind("id", id).execute()) > 0;
    }

    @Override
    public void logAttempt(FetchAttempt a) {
        db.writeVoid(h -> {
            h.createUpdate("""
                            INSERT INTO fetch_attempts (source_id, url, started_at, duration_ms, http_status, outcome,
                                new_articles, error)
                            VALUES (:sourceId, :url, :started, :duration, :status, :outcome, :added, :error)""")
                    .bind("sourceId", a.sourceId())
                    .bind("url", a.url())
                    .bind("started", a.startedAt().toEpochMilli())
                    .bind("duration", a.durationMillis())
                    .bind("status", a.httpStatus())
                    .bind("outcome", a.outcome())
                    .bind("added", a.newArticles())
                    .bind("error", a.error())
                    .execute();
            h.createUpdate("""
                            DELETE FROM fetch_attempts WHERE source_id = :sourceId AND id <= (
                                SELECT id FROM fetch_attempts WHERE source_id = :sourceId
                                ORDER BY id DESC LIMIT 1 OFFSET :keep)""")
                    .bind("sourceId", a.sourceId())
                    .bind("keep", ATTEMPTS_KEPT_PER_SOURCE)
                    .execute();
        });
    }

    /** Newest first. */
    public List<FetchAttempt> recentAttempts(long sourceId, int limit) {
        return db.read(h -> h.createQuery("""
                        SELECT * FROM fetch_attempts WHERE source_id = :id ORDER BY id DESC LIMIT :limit""")
                .bind("id", sourceId)
                .bind("limit", limit)
                .map((rs, ctx) -> new FetchAttempt(rs.getLong("id"), rs.getLong("source_id"), rs.getString("url"),
                        Times.instant(rs, "started_at"), rs.getLong("duration_ms"), rs.getInt("http_status"),
                        rs.getString("outcome"), rs.getInt("new_articles"), rs.getString("error")))
                .list());
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("feed_url"),
                rs.getString("site_url"),
                rs.getInt("refresh_minutes"),
                SourceStatus.valueOf(rs.getString("status")),
                rs.getString("last_error"),
                rs.getInt("failures"),
                Times.instant(rs, "last_fetched_at"),
                Times.instant(rs, "last_success_at"),
                Times.instant(rs, "next_fetch_at"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                Times.instant(rs, "created_at"));
    }
}
