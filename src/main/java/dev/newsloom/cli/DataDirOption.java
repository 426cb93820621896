package dev.newsloom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Shared by every command that opens the store. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSLOOM_DATA_DIR:-data}",
            description = "Where the database and index live (default: ${DEFAULT-VALUE}; env NEWSLOOM_DATA_DIR).")
    Path dataDir;

    public Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}
