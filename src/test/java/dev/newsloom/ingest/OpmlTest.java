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
}
