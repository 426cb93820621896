package dev.newsloom.store;

import dev.newsloom.model.SourceStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures an operator watches: row counts, sources by health, recent ingestion and the
 * slowest feeds. Each is one query, cheap enough to run on every metrics scrape or status view.
 */
public final class OperatorRepository {
    /** Tables whose row counts are reported, in the order they are shown. */
    public static final List<String> COUNTED_TABLES = List.of("articles", "sources", "fetch_attempts", "users", "sessions",
            "comments", "follows", "ai_results");

    /** A source's fetches over a period: how many, and their mean and longest duration. */
    public record SlowSource(long sourceId, String name, long attempts, double meanMillis, long maxMillis) {}

    private final Database db;

    public OperatorRepository(Database db) {
        this.db = db;
    }

    /** Rows per table of {@link #COUNTED_TABLES}, in one statement. */
    public Map<String, Long> rowCounts() {
        String select = String.join(", ", COUNTED_TABLES.stream().map(t -> "(SELECT COUNT(*) FROM " + t + ") AS " + t).toList());
        return db.read(h -> h.createQuery("SELECT " + select).map((rs, ctx) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : COUNTED_TABLES) counts.put(t, rs.getLong(t));
            return counts;
        }).one());
    }

    /** Every status with its number of sources, zero included. */
    public Map<SourceStatus, Long> sourcesByStatus() {
        Map<SourceStatus, Long> counts = new EnumMap<>(SourceStatus.class);
        for (SourceStatus s : SourceStatus.values()) counts.put(s, 0L);
        db.read(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM sources GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list())
                .forEach(e -> counts.put(SourceStatus.valueOf(e.getKey()), e.getValue()));
        return counts;
    }

    /** Articles first stored at or after {@code since}. */
    public long articlesFetchedSince(Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE fetched_at >= :since")
                .bind("since", since.toEpochMilli()).mapTo(Long.class).one());
    }

    /** Feed fetches begun at or after {@code since}, by outcome ({@code ok}, {@code not_modified}, {@code error}). */
    public Map<String, Long> refreshesSince(Instant since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String o : List.of("ok", "not_modified", "error")) counts.put(o, 0L);
        db.read(h -> h.createQuery("SELECT outcome, COUNT(*) AS n FROM fetch_attempts WHERE started_at >= :since GROUP BY outcome")
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> Map.entry(rs.getString("outcome"), rs.getLong("n"))).list())
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The sources whose feed fetches since {@code since} took longest on average, slowest first. */
    public List<SlowSource> slowestSources(Instant since, int limit) {
        return db.read(h -> h.createQuery("""
                        SELECT s.id, s.name, COUNT(*) AS attempts, AVG(f.duration_ms) AS mean_ms, MAX(f.duration_ms) AS max_ms
                        FROM fetch_attempts f JOIN sources s ON s.id = f.source_id
                        WHERE f.started_at >= :since
                        GROUP BY s.id, s.name
                        ORDER BY mean_ms DESC, s.id
                        LIMIT :limit""")
                .bind("since", since.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new SlowSource(rs.getLong("id"), rs.getString("name"), rs.getLong("attempts"),
                        rs.getDouble("mean_ms"), rs.getLong("max_ms")))
                .list());
    }
}
