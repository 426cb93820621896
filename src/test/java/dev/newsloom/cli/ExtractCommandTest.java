package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsloom extract}'s JSON lines, and the command line built for one command only. */
class ExtractCommandTest {
    @TempDir Path dir;

    @Test
    void printsOneValidJsonLinePerFileInInputOrderWithQuotesAndLineBreaksEscaped() throws Exception {
        String body = "<p>The mayor said \"we will rebuild\" on Tuesday, and the council agreed after a long night of debate "
                + "about the budget, the bridge and the schools.</p><p>Work starts in März; the café on the square reopens first, "
                + "owners said, once the road is safe again for delivery vans and the morning buses.</p>";
        Path a = dir.resolve("a.html"), b = dir.resolve("b.html");
        Files.writeString(a, "<html><head><title>Bridge \"reopens\"</title></head><body><article><h1>Bridge \"reopens\"</h1>" + body
                + "</article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(b, "<html><body>\u0000\u0001 not much here</body></html>", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.html");

        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine("extract");
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("extract", a.toString(), missing.toString(), b.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo(a.toString());
        assertThat(first.get("title").asText()).isEqualTo("Bridge \"reopens\"");
        assertThat(first.get("text").asText()).contains("said \"we will rebuild\"").contains("\nWork starts in März; the café");
        assertThat(first.get("byline").isNull()).isTrue();
        assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("cannot read").contains("missing.html");
        assertThat(json.readTree(lines.get(2)).get("file").asText()).isEqualTo(b.toString());
        assertThat(exit).isEqualTo(1); // one file could not be read
    }

    @Test
    void filesAloneSkipPicocliAndPrintTheSameLinesWhileOptionsAndArgumentFilesStillGoThroughIt() throws Exception {
        Path a = dir.resolve("a.html"), missing = dir.resolve("missing.html");
        Files.writeString(a, "<html><head><title>Caf\u00e9 \"reopens\"</title></head><body><article><p>The caf\u00e9 on the square "
                + "reopens on Monday, its owners said, after the road works that closed it for the whole of the winter ended.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        StringWriter viaPicocli = new StringWriter();
        CommandLine cli = Main.commandLine("extract");
        cli.setOut(new PrintWriter(viaPicocli));
        int picocliExit = cli.execute("extract", a.toString(), missing.toString());

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Integer exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = ExtractCommand.runPlain("extract", a.toString(), missing.toString()); // null: it left the work to picocli
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(viaPicocli.toString()).contains("Caf\u00e9 \\\"reopens\\\"");
        assertThat(exit).isEqualTo(picocliExit).isEqualTo(1);

        assertThat(ExtractCommand.runPlain("extract", "--url", "https://example.org/", a.toString())).isNull();
        assertThat(ExtractCommand.runPlain("extract", "@" + a)).isNull();
        assertThat(ExtractCommand.runPlain("extract")).isNull();
        assertThat(ExtractCommand.runPlain("serve", a.toString())).isNull();
    }

    @Test
    void aCommandNamedFirstIsBuiltAloneAndEverythingElseGetsAllCommands() {
        assertThat(Main.commandLine("extract").getSubcommands().keySet()).containsExactly("extract");
        assertThat(Main.commandLine("help").getSubcommands()).containsKeys("extract", "serve", "help");
        assertThat(Main.commandLine("extrct").getSubcommands()).hasSize(Main.COMMANDS.size());
        assertThat(Main.commandLine().getSubcommands()).hasSize(Main.COMMANDS.size());

        StringWriter help = new StringWriter();
        CommandLine cli = Main.commandLine("help");
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("help", "extract")).isZero();
        assertThat(help.toString()).startsWith("Usage: newsloom extract");
    }
}
