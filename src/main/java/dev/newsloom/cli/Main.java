package dev.newsloom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsloom", mixinStandardHelpOptions = true, version = "newsloom 0.1.0",
        description = "Self-hostable news aggregation.",
        subcommands = {ServeCommand.class, DemoCommand.class, AddSourceCommand.class, ImportOpmlCommand.class,
                ExportOpmlCommand.class, SourcesCommand.class, ParseFeedCommand.class, ExtractCommand.class,
                ReindexCommand.class, UserCommand.class, ClusterCommand.class, GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
