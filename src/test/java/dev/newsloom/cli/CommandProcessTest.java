package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run as their own process, as a user runs them: {@code main} ends with System.exit, so
 * whatever a command printed must be flushed before it (export-opml once printed nothing at all).
 */
class CommandProcessTest {
    @TempDir Path dir;

    private record Ran(int exit, String out, String err) {}

    private Ran run(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void exportOpmlPrintsEverySourceWhenRunAsAProcess() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data, null)) {
            SourceRepository sources = new SourceRepository(db);
            sources.add("Fenwold Gazette", "https://fenwold.example/feed.xml", "https://fenwold.example/");
            sources.add("Harrow & Vale", "https://harrow.example/atom.xml", null);
        }
        Ran exported = run("export-opml", "--data-dir", data.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("<?xml").contains("xmlUrl=\"https://fenwold.example/feed.xml\"")
                .contains("text=\"Harrow &amp; Vale\"").contains("xmlUrl=\"https://harrow.example/atom.xml\"").endsWith("</opml>\n");
        // what it printed reads back as the same subscriptions
        Path copy = dir.resolve("copy");
        Path file = dir.resolve("subs.opml");
        Files.writeString(file, exported.out());
        Ran imported = run("import-opml", file.toString(), "--data-dir", copy.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 new source(s)");
    }
}
