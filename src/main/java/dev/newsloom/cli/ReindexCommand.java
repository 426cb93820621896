package dev.newsloom.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store (run it while the site is stopped).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = Application.open(data.path(), data.postgres())) {
            long started = System.nanoTime();
            int indexed = app.reindex();
            spec.commandLine().getOut().printf("Indexed %d articles in %.1f s.%n", indexed,
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
