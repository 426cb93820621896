package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
    @Test
    void readsNestedOutlinesAndSkipsFolders() {
        String xml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>mine</title></head><body>
                  <outline text="World">
                    <outline text="Harbor Gazette" type="rss" xmlUrl="https://gazette.example/feed.xml" htmlUrl="https://gazette.example/"/>
                    <outline title="Valley &amp; Hills" text="ignored" xmlUrl="https://vh.example/atom"/>
                  </outline>
                  <outline text="no feed here"/>
                </body></opml>
                """;
        assertThat(Opml.parse(xml)).containsExactly(
                new Opml.Outline("Harbor Gazette", "https://gazette.example/feed.xml", "https://gazette.example/"),
                new Opml.Outline("Valley & Hills", "https://vh.example/atom", null));
    }

    @Test
    void writtenOpmlReadsBackTheSameSources() {
        Source s = new Source(1, "Quotes \"&\" <Co>", "https://q.example/rss?a=1&b=2", "https://q.example/", 10,
                SourceStatus.OK, null, 0, null, null, null, null, null, null);
        List<Opml.Outline> back = Opml.parse(Opml.write(List.of(s)));
        assertThat(back).containsExactly(new Opml.Outline("Quotes \"&\" <Co>", "https://q.example/rss?a=1&b=2", "https://q.example/"));
    }

    @Test
    void rejectsFilesThatAreNotOpml() {
        assertThatThrownBy(() -> Opml.parse("<rss><channel/></rss>")).hasMessageContaining("not an OPML file");
    }

    @Test
    void theFilesOwnEncodingIsHonoured() {
        String latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml version=\"1.0\"><body>"
                + "<outline text=\"Caf\u00e9 Gazette\" xmlUrl=\"https://cafe.example/rss\"/></body></opml>";
        assertThat(Opml.parse(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .containsExactly(new Opml.Outline("Caf\u00e9 Gazette", "https://cafe.example/rss", null));
        String utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><opml version=\"1.0\"><body>"
                + "<outline text=\"\u00c5by Tidning\" xmlUrl=\"https://aby.example/rss\"/></body></opml>";
        assertThat(Opml.parse(utf16.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)))
                .containsExactly(new Opml.Outline("\u00c5by Tidning", "https://aby.example/rss", null));
        byte[] bom = "\uFEFF<opml><body><outline text=\"Bom\u00e9\" xmlUrl=\"https://bom.example/rss\"/></body></opml>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Opml.parse(bom)).extracting(Opml.Outline::title).containsExactly("Bom\u00e9");
    }

    @Test
    void aTruncatedFileIsAnErrorWithTheParsersLine() {
        byte[] truncated = "<opml><body>\n<outline text=\"x\" xmlUrl=\"http://a.example/feed\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Opml.parse(truncated)).hasMessageStartingWith("not a complete OPML file (line 2: ");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanBeDeclared() {
        byte[] xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" xmlUrl=\"http://a.example/\"/></body></opml>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Opml.parse(xxe)).hasMessageContaining("DOCTYPE");
    }
}
