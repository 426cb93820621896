package dev.newsloom.cli;

import dev.newsloom.ingest.Opml;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-opml", mixinStandardHelpOptions = true, description = "Print every source as OPML.")
public final class ExportOpmlCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (StoreOnly app = StoreOnly.existing(data, spec)) {
            if (app == null) return 1;
            spec.commandLine().getOut().print(Opml.write(app.sources().listed()));
        }
        return 0;
    }
}
