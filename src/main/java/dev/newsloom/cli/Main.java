package dev.newsloom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsloom", mixinStandardHelpOptions = true, version = "newsloom 0.1.0",
        description = "Self-hostable news aggregation.",
        footer = {"", "The launcher also runs the test suite: ./newsloom test (mvn -B verify with a JDK 21+)."},
        subcommands = {ServeCommand.class, DemoCommand.class, AddSourceCommand.class, ImportOpmlCommand.class,
                ExportOpmlCommand.class, SourcesCommand.class, ParseFeedCommand.class, ExtractCommand.class,
                ReindexCommand.class, CopyStoreCommand.class, UserCommand.class, ClusterCommand.class, GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Lucene reports its memory-mapping and vector-API choices through java.util.logging at start-up; not news for a user. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::reportFailure);
    }

    /** A failed command says why in one line; the stack trace only with NEWSLOOM_LOG_LEVEL=DEBUG. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        cmd.getErr().println("newsloom " + cmd.getCommandName() + ": " + reason);
        if ("DEBUG".equalsIgnoreCase(System.getenv("NEWSLOOM_LOG_LEVEL"))) e.printStackTrace(cmd.getErr());
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
