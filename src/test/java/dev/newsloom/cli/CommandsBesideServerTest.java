package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.testing.LoopbackServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source commands work while a server runs on the same data directory, as the README promises. */
class CommandsBesideServerTest {
    @TempDir Path dir;

    @Test
    void sourcesAreAddedListedAndExportedWhileTheServerRuns() throws Exception {
        Path data = dir.resolve("data");
        try (LoopbackServer publisher = new LoopbackServer(); Application app = Application.open(data)) {
            String base = publisher.url("");
            publisher.text("/feed.xml", "application/rss+xml", """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Fenwold Gazette</title><link>%s/</link>
                    <description>d</description><item><title>Fenwold opens its new library</title><link>%s/a/1</link>
                    <description>The library opened on Monday after two years of building work.</description></item>
                    </channel></rss>""".formatted(base, base));
            publisher.text("/a/1", "text/html", "<html><head><title>Fenwold opens its new library</title></head><body><article>"
                    + "<h1>Fenwold opens its new library</h1><p>The library opened on Monday after two years of building work, "
                    + "with four floors of shelves and a reading room that looks over the river.</p><p>The town council paid for "
                    + "most of it; a local trust raised the rest from residents over three years of appeals.</p></article></body></html>");
            app.startIngestion(FetcherConfig.defaults(), Duration.ofMillis(200));
            app.startWeb("127.0.0.1", 0);

            assertThat(Cli.run("sources", "--data-dir", data.toString()).out()).contains("No sources");
            Cli.Run added = Cli.run("add-source", publisher.url("/feed.xml"), "--name", "Fenwold Gazette", "--data-dir", data.toString());
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("Fenwold Gazette");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (app.sources().all().get(0).lastSuccessAt() == null && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(app.articles().count()).as("the running scheduler picked the new source up").isEqualTo(1);

            Cli.Run listed = Cli.run("sources", "--data-dir", data.toString());
            assertThat(listed.exit()).as(listed.err()).isZero();
            assertThat(listed.out()).contains("ok").contains("Fenwold Gazette").contains(publisher.url("/feed.xml"));
            assertThat(Cli.run("export-opml", "--data-dir", data.toString()).out()).contains("xmlUrl=\"" + publisher.url("/feed.xml") + "\"");

            Path opml = dir.resolve("subs.opml");
            Files.writeString(opml, """
                    <?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>
                    <outline type="rss" text="Second" xmlUrl="%s/second.xml"/></body></opml>""".formatted(base));
            Cli.Run imported = Cli.run("import-opml", opml.toString(), "--data-dir", data.toString());
            assertThat(imported.out()).contains("Imported 1 new source(s)");
            assertThat(app.sources().all()).hasSize(2);

            // the index belongs to the running server: reindex refuses in one readable line
            Cli.Run reindex = Cli.run("reindex", "--data-dir", data.toString());
            assertThat(reindex.exit()).isEqualTo(1);
            assertThat(reindex.err().strip()).doesNotContain("\n").contains("in use by another Newsloom process");
        }
    }
}
