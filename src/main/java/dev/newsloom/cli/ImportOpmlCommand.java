package dev.newsloom.cli;

import dev.newsloom.ingest.FeedUrls;
import dev.newsloom.ingest.Opml;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Subscribe to every feed in an OPML file (as exported by feed readers).",
        footer = {"", "Outlines whose URL add-source would refuse (not http(s), relative, bad port) are skipped and named on "
                + "stderr; the exit status is then 1, though the valid ones are imported. Feeds already subscribed are counted, "
                + "not added twice."})
public final class ImportOpmlCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "FILE") Path file;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<Opml.Outline> outlines;
        try {
            // bytes, not text: the XML parser reads the byte order mark and the encoding declaration itself
            outlines = Opml.parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            err.println("import-opml: " + file + ": no such file");
            return 1;
        } catch (AccessDeniedException e) {
            err.println("import-opml: " + file + ": permission denied");
            return 1;
        } catch (IOException e) {
            err.println("import-opml: " + file + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("import-opml: " + file + ": " + e.getMessage());
            return 1;
        }
        List<String> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int added = 0, known = 0;
        try (StoreOnly app = StoreOnly.open(data, spec)) {
            for (Opml.Outline o : outlines) {
                String feedUrl;
                try {
                    feedUrl = FeedUrls.normalize(o.feedUrl());
                } catch (IllegalArgumentException e) {
                    skipped.add("\"" + o.title() + "\": " + e.getMessage());
                    continue;
                }
                if (!seen.add(feedUrl)) {
                    known++;
                    continue;
                }
                var existing = app.sources().findSameFeed(feedUrl);
                if (existing.isPresent()) {
                    // a source removed earlier and listed again is wanted again
                    if (existing.get().status() == SourceStatus.REMOVED) {
                        app.sources().resume(existing.get().id());
                        added++;
                    } else {
                        known++;
                    }
                    continue;
                }
                Source s = app.sources().add(o.title(), feedUrl, siteUrl(o.siteUrl()));
                if (s.feedUrl().equals(feedUrl)) added++;
            }
        }
        if (!skipped.isEmpty()) {
            err.printf("import-opml: skipped %d outline(s) whose URL cannot be subscribed to:%n", skipped.size());
            for (String s : skipped) err.println("  " + s);
        }
        out.printf("Imported %d new source(s) of %d in %s: %d already subscribed, %d skipped.%n", added, outlines.size(), file,
                known, skipped.size());
        return skipped.isEmpty() ? 0 : 1;
    }

    /** A site link is only shown, never fetched: one that is not http(s) is dropped rather than kept. */
    private static String siteUrl(String raw) {
        if (raw == null) return null;
        try {
            return FeedUrls.normalize(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
