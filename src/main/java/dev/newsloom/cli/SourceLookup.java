package dev.newsloom.cli;

import dev.newsloom.model.Source;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command on one source does first: open the existing store (never a new one) and find
 * the source by id, or say in one line that there is none (`newsloom sources` lists the ids).
 */
final class SourceLookup {
    private SourceLookup() {}

    interface Action {
        int on(StoreOnly app, Source source);
    }

    /** Runs {@code action} on source {@code id}; exit status 1 when there is no store or no such source. */
    static int withSource(DataDirOption data, CommandSpec spec, long id, Action action) {
        try (StoreOnly app = StoreOnly.existing(data, spec)) {
            if (app == null) return 1;
            Optional<Source> s = app.sources().find(id);
            if (s.isEmpty()) {
                spec.commandLine().getErr().printf("%s: there is no source %d (newsloom sources lists them)%n", spec.name(), id);
                return 1;
            }
            return action.on(app, s.get());
        }
    }
}
