package dev.newsloom.cli;

import dev.newsloom.ingest.FeedUrls;
import dev.newsloom.model.Source;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "set-source-url", mixinStandardHelpOptions = true,
        description = "Point a source at a new feed URL (the publisher moved its feed); its name and articles stay.")
public final class SetSourceUrlCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(index = "0", paramLabel = "ID", description = "The source's id, as `newsloom sources` lists it.") long id;
    @Parameters(index = "1", paramLabel = "URL", description = "The new feed or site URL (http or https).") String url;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String feedUrl;
        try {
            feedUrl = FeedUrls.normalize(url);
        } catch (IllegalArgumentException e) {
            err.println("set-source-url: " + e.getMessage());
            return 2;
        }
        return SourceLookup.withSource(data, spec, id, (app, s) -> {
            Optional<Source> other = app.sources().findSameFeed(feedUrl);
            if (other.isPresent() && other.get().id() == id) {
                out.printf("Source %d, %s, already uses %s.%n", id, s.name(), other.get().feedUrl());
                return 0;
            }
            if (other.isPresent()) {
                Source o = other.get();
                err.printf("set-source-url: %s is already source %d, %s%s%n", feedUrl, o.id(), o.name(),
                        o.status() == dev.newsloom.model.SourceStatus.REMOVED
                                ? ", removed earlier (resume-source " + o.id() + " subscribes to it again; remove-source " + o.id()
                                        + " --delete-articles deletes it)"
                                : " (remove one of them with remove-source)");
                return 1;
            }
            app.sources().repoint(id, feedUrl);
            out.printf("Source %d, %s, now reads %s (was %s); a running server fetches it within seconds.%n", id,
                    s.name(), feedUrl, s.feedUrl());
            return 0;
        });
    }
}
