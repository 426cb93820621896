package dev.newsloom.store;

import dev.newsloom.ingest.FeedUrls;
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

    /**
     * The source subscribed to this feed, however its URL was spelled when stored (sources added
     * before URLs were normalised keep the spelling they were typed with).
     */
    public Optional<Source> findSameFeed(String feedUrl) {
        Optional<Source> exact = findByFeedUrl(feedUrl);
        if (exact.isPresent()) return exact;
        String wanted = FeedUrls.normalizeOrKeep(feedUrl);
        return all().stream().filter(s -> FeedUrls.normalizeOrKeep(s.feedUrl()).equals(wanted)).findFirst();
    }

    /** Every source but the removed ones: what the public list of sources shows. */
    public List<Source> listed() {
        return all().stream().filter(s -> s.status() != SourceStatus.REMOVED).toList();
    }

    /**
     * What a refresh learned, written only if the operator did not change the source meanwhile
     * (paused, removed, renamed or pointed at another feed while it was being fetched): their
     * change wins, the refresh's is dropped. The name is the operator's and never written here.
     */
    @Override
    public void update(Source read, Source updated) {
        db.writeVoid(h -> h.createUpdate("""
                        UPDATE sources SET feed_url = :feedUrl, site_url = :siteUrl,
                            refresh_minutes = :refresh, status = :status, last_error = :lastError,
                            failures = :failures, last_fetched_at = :lastFetched, last_success_at = :lastSuccess,
                            next_fetch_at = :next, etag = :etag, last_modified = :lastModified
                        WHERE id = :id AND feed_url = :readFeedUrl AND status NOT IN ('PAUSED', 'REMOVED')""")
                .bind("id", updated.id())
                .bind("readFeedUrl", read.feedUrl())
                .bind("feedUrl", updated.feedUrl())
                .bind("siteUrl", updated.siteUrl())
                .bind("refresh", updated.refreshMinutes())
                .bind("status", updated.status().name())
                .bind("lastError", updated.lastError())
                .bind("failures", updated.failures())
                .bind("lastFetched", Times.millis(updated.lastFetchedAt()))
                .bind("lastSuccess", Times.millis(updated.lastSuccessAt()))
                .bind("next", Times.millis(updated.nextFetchAt()))
                .bind("etag", updated.etag())
                .bind("lastModified", updated.lastModified())
                .execute());
    }

    @Override
    public void nameAfterFeed(long id, String defaultName, String title) {
        db.writeVoid(h -> h.createUpdate("UPDATE sources SET name = :t WHERE id = :id AND name = :d").bind("t", title)
                .bind("id", id).bind("d", defaultName).execute());
    }

    /** Stops fetching a source (or removes it from the list, keeping its articles), until {@link #resume}. */
    public boolean setStatus(long id, SourceStatus status) {
        if (status != SourceStatus.PAUSED && status != SourceStatus.REMOVED) {
            throw new IllegalArgumentException("only PAUSED and REMOVED are set by hand, not " + status);
        }
        return db.write(h -> h.createUpdate("UPDATE sources SET status = :s WHERE id = :id").bind("s", status.name())
                .bind("id", id).execute()) > 0;
    }

    /** Fetches a paused or removed source again, at once; its status says how its last fetch went. */
    public boolean resume(long id) {
        return db.write(h -> h.createUpdate("""
                        UPDATE sources SET next_fetch_at = NULL, status = CASE WHEN last_error IS NOT NULL THEN 'ERROR'
                            WHEN last_success_at IS NULL THEN 'NEW' ELSE 'OK' END
                        WHERE id = :id""").bind("id", id).execute()) > 0;
    }

    public boolean rename(long id, String name) {
        return db.write(h -> h.createUpdate("UPDATE sources SET name = :n WHERE id = :id").bind("n", name).bind("id", id)
                .execute()) > 0;
    }

    /**
     * Points a source at another feed URL, fetched at once and from scratch (validators and
     * failure count of the old feed do not apply to the new one); paused or removed stays so.
     */
    public boolean repoint(long id, String feedUrl) {
        return db.write(h -> h.createUpdate("""
                        UPDATE sources SET feed_url = :u, etag = NULL, last_modified = NULL, failures = 0, last_error = NULL,
                            next_fetch_at = NULL, status = CASE WHEN status IN ('PAUSED', 'REMOVED') THEN status ELSE 'NEW' END
                        WHERE id = :id""").bind("u", feedUrl).bind("id", id).execute()) > 0;
    }

    /** What deleting a source took with it: its article ids and the ids of the stories they were in. */
    public record Deleted(List<String> articleIds, List<String> storyIds) {}

    /** Deletes a source with its articles, their tags, story places and fetch history, in one transaction. */
    public Optional<Deleted> deleteWithArticles(long id) {
        return db.write(h -> {
            List<String> articleIds = h.createQuery("SELECT id FROM articles WHERE source_id = :id").bind("id", id)
                    .mapTo(String.class).list();
            List<String> storyIds = h.createQuery("""
                            SELECT DISTINCT s.story_id FROM article_stories s JOIN articles a ON a.id = s.article_id
                            WHERE a.source_id = :id""").bind("id", id).mapTo(String.class).list();
            // articles, their tags, story places and aliases, fetch history and learned boilerplate go by cascade
            int gone = h.createUpdate("DELETE FROM sources WHERE id = :id").bind("id", id).execute();
            return gone == 0 ? Optional.<Deleted>empty() : Optional.of(new Deleted(articleIds, storyIds));
        });
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
