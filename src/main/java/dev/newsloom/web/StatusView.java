package dev.newsloom.web;

import dev.newsloom.model.SourceStatus;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.OperatorRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Gathers what the status page shows, from the store, the index and the disk. */
final class StatusView {
    private static final int SLOWEST = 5;
    private final OperatorRepository operator;
    private final ArticleIndex index;
    private final Path indexDir;
    private final Path databaseFile;
    private final Clock clock;

    StatusView(OperatorRepository operator, ArticleIndex index, Path indexDir, Path databaseFile, Clock clock) {
        this.operator = operator;
        this.index = index;
        this.indexDir = indexDir;
        this.databaseFile = databaseFile;
        this.clock = clock;
    }

    StatusPage current() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1)), dayAgo = now.minus(Duration.ofDays(1));
        Map<String, Long> refreshes = operator.refreshesSince(hourAgo);
        List<StatusPage.Count> sources = operator.sourcesByStatus().entrySet().stream()
                .map(e -> new StatusPage.Count(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue())).toList();
        List<StatusPage.Slow> slowest = operator.slowestSources(dayAgo, SLOWEST).stream()
                .map(s -> new StatusPage.Slow(s.name(), Paths.source(s.sourceId()), s.attempts(), Math.round(s.meanMillis()),
                        s.maxMillis())).toList();
        List<StatusPage.Count> rows = operator.rowCounts().entrySet().stream()
                .map(e -> new StatusPage.Count(e.getKey().replace('_', ' '), e.getValue())).toList();
        long errorSources = operator.sourcesByStatus().getOrDefault(SourceStatus.ERROR, 0L);
        return new StatusPage(RelativeTime.absolute(now), operator.articlesFetchedSince(hourAgo), operator.articlesFetchedSince(dayAgo),
                refreshes.values().stream().mapToLong(Long::longValue).sum(), refreshes.getOrDefault("error", 0L), errorSources,
                sources, slowest, rows, index.count(), bytes(size(indexDir)),
                databaseFile == null ? null : bytes(size(databaseFile) + size(sibling("-wal"))));
    }

    private Path sibling(String suffix) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
    }

    /** Bytes in a file, or in every file under a directory; 0 when missing. */
    static long size(Path p) {
        if (p == null || !Files.exists(p)) return 0;
        try {
            if (!Files.isDirectory(p)) return Files.size(p);
            try (Stream<Path> files = Files.walk(p)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // a segment merged away while counting
                    }
                }).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bytes(long n) {
        if (n < 1024) return n + " B";
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
