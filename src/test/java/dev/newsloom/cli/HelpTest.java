package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `newsloom --help` lists each command with a summary that stands alone: a whole sentence, not the first line of a longer one. */
class HelpTest {
    @Test
    void everyCommandHasAWholeSentenceAsItsSummary() {
        CommandLine cli = Main.commandLine();
        for (var e : cli.getSubcommands().entrySet()) {
            var usage = e.getValue().getCommandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
            assertThat(summary).as("the summary of %s", e.getKey()).matches("[A-Z].*[.)]").doesNotEndWith(":");
            assertThat(summary.length()).as("the summary of %s fits two lines of the command list", e.getKey()).isLessThanOrEqualTo(130);
        }
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("demo ").contains("Run the site fed by the live demo newsroom");
        // a command's own help opens with its usage, then the summary and the rest
        StringWriter one = new StringWriter();
        CommandLine extract = Main.commandLine("extract");
        extract.setOut(new PrintWriter(one, true));
        assertThat(extract.execute("extract", "--help")).isZero();
        assertThat(one.toString()).startsWith("Usage: newsloom extract").contains("Extract the article from saved pages");
    }
}
