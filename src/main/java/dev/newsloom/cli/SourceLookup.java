package dev.newsloom.cli;

import dev.newsloom.model.Source;
import java.io.PrintWriter;
import java.util.Optional;

/** The source a command names by id, or one line saying there is none (`newsloom sources` lists the ids). */
final class SourceLookup {
    private SourceLookup() {}

    static Optional<Source> find(StoreOnly app, long id, String command, PrintWriter err) {
        Optional<Source> s = app.sources().find(id);
        if (s.isEmpty()) err.printf("%s: there is no source %d (newsloom sources lists them)%n", command, id);
        return s;
    }
}
