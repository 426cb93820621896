package dev.newsloom.cli;

import dev.newsloom.model.SourceStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pause-source", mixinStandardHelpOptions = true,
        description = "Stop fetching a source until resume-source; it stays listed, as paused, with its articles.")
public final class PauseSourceCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "ID", description = "The source's id, as `newsloom sources` lists it.") long id;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        return SourceLookup.withSource(data, spec, id, (app, s) -> {
            if (s.status() == SourceStatus.REMOVED) {
                err.printf("pause-source: source %d, %s, is removed; resume-source %d subscribes to it again%n", id, s.name(), id);
                return 1;
            }
            if (s.status() == SourceStatus.PAUSED) {
                out.printf("Source %d, %s, was already paused.%n", id, s.name());
                return 0;
            }
            app.sources().setStatus(id, SourceStatus.PAUSED);
            out.printf("Paused source %d, %s: it is not fetched until resume-source %d.%n", id, s.name(), id);
            return 0;
        });
    }
}
