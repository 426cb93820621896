package dev.newsloom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rename-source", mixinStandardHelpOptions = true,
        description = "Change the name a source and its articles are shown under.")
public final class RenameSourceCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(index = "0", paramLabel = "ID", description = "The source's id, as `newsloom sources` lists it.") long id;
    @Parameters(index = "1", paramLabel = "NAME", description = "The new display name.") String name;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            err.println("rename-source: the name is empty");
            return 2;
        }
        return SourceLookup.withSource(data, spec, id, (app, s) -> {
            app.sources().rename(id, clean);
            out.printf("Source %d, %s, is now called %s.%n", id, s.name(), clean);
            return 0;
        });
    }
}
