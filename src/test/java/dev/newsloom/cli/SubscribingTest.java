package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.RefreshResult;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import dev.newsloom.testing.LoopbackServer;
import dev.newsloom.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscribing (add-source, import-opml) refuses what cannot be fetched, recognises a feed already
 * subscribed however it is spelt or reached, and never shows internal exception text (review 3, F-b, F-c, F-e, F-f).
 */
class SubscribingTest {
    @TempDir Path dir;

    private static String rss(String title, String base, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>"
                + base + "/</link><description>d</description>");
        for (String item : items) {
            sb.append("<item><title>").append(item).append("</title><link>").append(base).append("/a/")
                    .append(item.hashCode() & 0xffff).append("</link><description>").append(item)
                    .append(" was reported on Monday by the paper's own correspondent.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void aFeedAlreadySubscribedIsSaidSoHoweverItIsSpeltOrReached() throws Exception {
        Path data = dir.resolve("data");
        String dataDir = data.toString();
        try (LoopbackServer publisher = new LoopbackServer()) {
            String base = publisher.url("");
            publisher.text("/gazette/rss.xml", "application/rss+xml", rss("Pinewick Gazette", base, "Pinewick reopens its ferry"));
            publisher.text("/gazette/", "text/html", "<html><head><title>Pinewick Gazette</title><link rel=\"alternate\" "
                    + "type=\"application/rss+xml\" href=\"/gazette/rss.xml\"></head><body><p>News</p></body></html>");
            publisher.text("/other.xml", "application/rss+xml", rss("Other Herald", base, "Harrow council meets"));

            Cli.Run first = Cli.run("add-source", publisher.url("/gazette/rss.xml"), "--data-dir", dataDir);
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).as("named after the feed's own title").contains("Source 1: Pinewick Gazette");

            String shouted = publisher.url("/gazette/rss.xml").replace("http://", "HTTP://") + "#latest";
            Cli.Run again = Cli.run("add-source", shouted, "--data-dir", dataDir);
            assertThat(again.exit()).isZero();
            assertThat(again.out()).contains("already subscribed as source 1, Pinewick Gazette");

            Cli.Run page = Cli.run("add-source", publisher.url("/gazette/"), "--data-dir", dataDir);
            assertThat(page.exit()).as(page.err()).isZero();
            assertThat(page.out()).contains("page's feed " + publisher.url("/gazette/rss.xml"))
                    .contains("already subscribed as source 1, Pinewick Gazette");

            Cli.Run unreachable = Cli.run("add-source", "https://example.org:99999/feed", "--data-dir", dataDir);
            assertThat(unreachable.exit()).isEqualTo(2);
            assertThat(unreachable.err()).contains("port 99999 is out of range");

            // subscribed to the page without looking: the first fetch finds the feed taken and says so, storing nothing
            Cli.Run unchecked = Cli.run("add-source", publisher.url("/gazette/"), "--no-check", "--data-dir", dataDir);
            assertThat(unchecked.out()).contains("Source 2:");
            Cli.Run other = Cli.run("add-source", publisher.url("/other.xml"), "--data-dir", dataDir);
            assertThat(other.out()).contains("Source 3: Other Herald");

            try (Application app = Application.open(data)) {
                var scheduler = app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1));
                RefreshResult taken = scheduler.refreshNow(2).get(30, TimeUnit.SECONDS);
                assertThat(taken.error()).contains("is already source 1 (Pinewick Gazette)").contains("remove-source 2");
                assertThat(app.articles().countBySource(2)).isZero();
                assertThat(app.sources().recentAttempts(2, 1).get(0).httpStatus()).as("the page answered 200").isEqualTo(200);

                // storing fails for a reason of ours (a table gone): the reason shown is short, the detail goes to the log
                try (var sql = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("newsloom.db"))) {
                    sql.createStatement().execute("DROP TABLE article_tags");
                }
                RefreshResult broken = scheduler.refreshNow(3).get(30, TimeUnit.SECONDS);
                assertThat(broken.error()).isEqualTo("internal error while storing this source (the server log has the details)");
                // a URL stored before add-source checked ports fails with the reason add-source now gives
                long far = app.sources().add("Far port", "https://example.org:99999/feed", null).id();
                assertThat(scheduler.refreshNow(far).get(30, TimeUnit.SECONDS).error())
                        .isEqualTo("port 99999 is out of range (1-65535): https://example.org:99999/feed");
                // and what an earlier release stored is not shown as it was either
                Source s1 = app.sources().find(1).orElseThrow();
                app.sources().update(new Source(1, s1.name(), s1.feedUrl(), null, 10, SourceStatus.ERROR,
                        "internal error: org.jdbi.v3.core.statement.UnableToExecuteStatementException: org.sqlite.SQLiteException: "
                                + "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed [statement:\"UPDATE sources SET name = :name\"]",
                        1, null, null, null, null, null, null));

                var web = app.startWeb("127.0.0.1", 0);
                WebClient client = new WebClient("http://127.0.0.1:" + web.port());
                for (String path : new String[] {"/sources", "/source/1", "/source/2", "/source/3", "/api/v1/sources"}) {
                    var r = client.get(path);
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("SQLITE").doesNotContain("org.")
                            .doesNotContain("statement");
                }
                var page2 = client.page("/source/2");
                assertThat(page2.select("dt:contains(Last success) + dd").text()).isEqualTo("never");
                assertThat(page2.select("dt:contains(Failures in a row) + dd").text()).isEqualTo("1");
                assertThat(client.get("/sources").body()).contains("is already source 1 (Pinewick Gazette)")
                        .contains("internal error while storing this source").contains("internal error (the server log has the details)");
            }
            Cli.Run listed = Cli.run("sources", "--data-dir", dataDir);
            assertThat(listed.out()).contains("is already source 1").doesNotContain("Exception").doesNotContain("SQLITE")
                    .contains("next fetch: ").contains("never fetched successfully");
        }
    }

    @Test
    void aCommandPointedAtADirectoryWithoutAStoreSaysSo() {
        Path wrong = dir.resolve("not-the-site");
        Cli.Run listed = Cli.run("sources", "--data-dir", wrong.toString());
        assertThat(listed.exit()).isEqualTo(1);
        assertThat(listed.err()).contains("there is no Newsloom store in " + wrong.toAbsolutePath());
        assertThat(Cli.run("remove-source", "1", "--data-dir", wrong.toString()).exit()).isEqualTo(1);
        assertThat(wrong.resolve("newsloom.db")).as("nothing made where nothing was asked to be added").doesNotExist();

        Cli.Run added = Cli.run("add-source", "https://fenwold.example/feed.xml", "--no-check", "--data-dir", wrong.toString());
        assertThat(added.exit()).isZero();
        assertThat(added.err()).contains("note: there was no Newsloom store in " + wrong.toAbsolutePath() + "; a new one was made there");
        assertThat(Cli.run("add-source", "https://harrow.example/feed.xml", "--no-check", "--data-dir", wrong.toString()).err())
                .doesNotContain("note:");
    }

    @Test
    void importOpmlValidatesEachOutlineAsAddSourceDoes() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("subs.opml");
        Files.writeString(file, """
                <?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>
                <outline text="Script" xmlUrl="javascript:alert(1)"/>
                <outline text="Old FTP" xmlUrl="ftp://ftp.example/feed"/>
                <outline text="Relative" xmlUrl="/relative/feed.xml"/>
                <outline text="Far port" xmlUrl="https://example.org:99999/feed"/>
                <outline text="Good One" xmlUrl="HTTPS://Good.Example/feed.xml#x"/>
                <outline text="Good One again" xmlUrl="https://good.example:443/feed.xml"/>
                </body></opml>""");
        Cli.Run run = Cli.run("import-opml", file.toString(), "--data-dir", data.toString());
        assertThat(run.exit()).as("some outlines were refused").isEqualTo(1);
        assertThat(run.err()).contains("skipped 4 outline(s)").contains("\"Script\": only http and https")
                .contains("\"Old FTP\": only http and https").contains("\"Relative\": not an absolute URL")
                .contains("\"Far port\": port 99999 is out of range");
        assertThat(run.out()).contains("Imported 1 new source(s) of 6").contains("1 already subscribed, 4 skipped");
        Cli.Run listed = Cli.run("sources", "--data-dir", data.toString());
        assertThat(listed.out()).contains("https://good.example/feed.xml").doesNotContain("javascript").doesNotContain("ftp:");
    }

    @Test
    void importOpmlSaysWhatIsWrongWithTheFile() throws Exception {
        Path data = dir.resolve("data");
        Cli.Run missing = Cli.run("import-opml", dir.resolve("nonexist.opml").toString(), "--data-dir", data.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).endsWith("nonexist.opml: no such file");

        Path truncated = dir.resolve("truncated.opml");
        Files.writeString(truncated, "<opml><body><outline text=\"x\" xmlUrl=\"http://a.example/feed\"");
        Cli.Run cut = Cli.run("import-opml", truncated.toString(), "--data-dir", data.toString());
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.err()).contains("not a complete OPML file (line 1: ");
        assertThat(cut.out()).doesNotContain("Imported");

        Path latin1 = dir.resolve("latin1.opml");
        Files.write(latin1, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml version=\"1.0\"><body>"
                + "<outline text=\"Caf\u00e9 Gazette\" xmlUrl=\"https://cafe.example/rss\"/></body></opml>").getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = dir.resolve("utf16.opml");
        Files.write(utf16, ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><opml version=\"1.0\"><body>"
                + "<outline text=\"\u00c5by Tidning\" xmlUrl=\"https://aby.example/rss\"/></body></opml>").getBytes(StandardCharsets.UTF_16BE));
        for (Path f : new Path[] {latin1, utf16}) {
            Cli.Run ok = Cli.run("import-opml", f.toString(), "--data-dir", data.toString());
            assertThat(ok.exit()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("Imported 1 new source(s) of 1");
        }
        assertThat(Cli.run("sources", "--data-dir", data.toString()).out()).contains("Caf\u00e9 Gazette").contains("\u00c5by Tidning");
    }
}
