package dev.newsloom.cli;

import dev.newsloom.model.Source;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "List sources with their health.")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (StoreOnly app = StoreOnly.existing(data, spec)) {
            if (app == null) return 1;
            var all = app.sources().all();
            if (all.isEmpty()) {
                out.println("No sources. Add one with: newsloom add-source URL");
                return 0;
            }
            out.printf("%-4s %-7s %8s  %-20s  %s%n", "ID", "STATUS", "ARTICLES", "LAST FETCH", "NAME / FEED / LAST ERROR");
            for (Source s : all) {
                out.printf("%-4d %-7s %8d  %-20s  %s <%s>%n", s.id(), s.status().name().toLowerCase(java.util.Locale.ROOT),
                        app.articles().countBySource(s.id()),
                        s.lastFetchedAt() == null ? "never" : s.lastFetchedAt().toString().substring(0, 19) + "Z",
                        s.name(), s.feedUrl());
                if (s.nextFetchAt() != null && s.status() != dev.newsloom.model.SourceStatus.PAUSED
                        && s.status() != dev.newsloom.model.SourceStatus.REMOVED) {
                    out.printf("%45s next fetch: %s%s%n", "", s.nextFetchAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                            s.lastSuccessAt() == null ? "; never fetched successfully"
                                    : "; last success: " + s.lastSuccessAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                }
                if (s.lastError() != null) out.printf("%45s error: %s (%d failure(s) in a row)%n", "", dev.newsloom.ingest.FailureReasons.shown(s.lastError()), s.failures());
            }
        }
        return 0;
    }
}
