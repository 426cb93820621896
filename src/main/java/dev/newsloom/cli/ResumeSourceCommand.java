package dev.newsloom.cli;

import dev.newsloom.model.SourceStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "resume-source", mixinStandardHelpOptions = true,
        description = "Fetch a paused or removed source again, starting now.")
public final class ResumeSourceCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "ID", description = "The source's id, as `newsloom sources` lists it.") long id;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return SourceLookup.withSource(data, spec, id, (app, s) -> {
            if (s.status() != SourceStatus.PAUSED && s.status() != SourceStatus.REMOVED) {
                out.printf("Source %d, %s, is not paused (it is %s); nothing to do.%n", id, s.name(),
                        s.status().name().toLowerCase(java.util.Locale.ROOT));
                return 0;
            }
            app.sources().resume(id);
            out.printf("Resumed source %d, %s: a running server fetches it within seconds.%n", id, s.name());
            return 0;
        });
    }
}
