package dev.newsloom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsloom", mixinStandardHelpOptions = true, version = "newsloom 0.1.0",
        description = "Self-hostable news aggregation.",
        footer = {"", "The launcher also runs the test suite: ./newsloom test (mvn -B verify with a JDK 21+)."})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Lucene reports its memory-mapping and vector-API choices through java.util.logging at start-up; not news for a user. */
    private static final class LuceneLog {
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
    }

    public static void main(String[] args) {
        // a batch extract needs neither picocli nor java.util.logging, and its start-up is part of its time
        Integer plain = ExtractCommand.runPlain(args);
        if (plain != null) System.exit(plain);
        LuceneLog.LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ServeCommand.class, DemoCommand.class, AddSourceCommand.class,
            ImportOpmlCommand.class, ExportOpmlCommand.class, SourcesCommand.class, RemoveSourceCommand.class,
            PauseSourceCommand.class, ResumeSourceCommand.class, RenameSourceCommand.class, SetSourceUrlCommand.class, ParseFeedCommand.class, ExtractCommand.class,
            ReindexCommand.class, CopyStoreCommand.class, UserCommand.class, ClusterCommand.class, GenerateCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class);

    public static int run(String... args) {
        Integer plain = ExtractCommand.runPlain(args);
        if (plain != null) return plain;
        CommandLine cli = commandLine(args.length == 0 ? null : args[0]);
        try {
            return cli.execute(args);
        } finally {
            // picocli's writers flush on println only, and main exits right after: what was printed must get out
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /** Every command, as help and tests see them. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * With {@code first} naming a command, only that command is built: picocli reads every
     * command's options by reflection, and doing so for all of them took about half a second of
     * CPU at each start (a batch {@code extract} of 700 pages runs 4 s). Anything else (no
     * command, {@code help}, a typo picocli suggests a fix for) gets them all.
     */
    static CommandLine commandLine(String first) {
        // "help extract" needs the command it explains; an unknown name needs them all for picocli's suggestions
        String only = COMMANDS.stream().map(Main::nameOf).filter(n -> n.equals(first) && !n.equals("help")).findFirst().orElse(null);
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : COMMANDS) if (only == null || only.equals(nameOf(command))) cli.addSubcommand(command);
        return cli.setExecutionExceptionHandler(Main::reportFailure);
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
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
