package dev.newsloom.cli;

import dev.newsloom.ingest.Opml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Subscribe to every feed in an OPML file (as exported by feed readers).")
public final class ImportOpmlCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "FILE") Path file;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Opml.Outline> outlines;
        try {
            outlines = Opml.parse(Files.readString(file));
        } catch (java.io.IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("import-opml: " + file + ": " + e.getMessage());
            return 1;
        }
        int added = 0;
        try (StoreOnly app = StoreOnly.open(data)) {
            for (Opml.Outline o : outlines) {
                if (app.sources().findByFeedUrl(o.feedUrl()).isPresent()) continue;
                app.sources().add(o.title(), o.feedUrl(), o.siteUrl());
                added++;
            }
        }
        spec.commandLine().getOut().printf("Imported %d new source(s) of %d in %s.%n", added, outlines.size(), file);
        return 0;
    }
}
