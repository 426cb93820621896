package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile pages end with a result, never an exception or a hang (the timeouts guard against hangs only). */
class ExtractorRobustnessTest {
    private final DensityExtractor extractor = new DensityExtractor();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFiveMegabytePageIsExtracted() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        String para = "<p>The harbour council met again on Tuesday, and the members argued about the budget, the ferries and the sea wall.</p>";
        while (html.length() < 5_000_000) html.append(para);
        ExtractedArticle a = extractor.extract(html.append("</article></body></html>").toString(), "https://x.example/a");
        assertThat(a.paragraphs()).isNotEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(20_000) + "<p>Deep text that is long enough to count as a paragraph, with commas, and more.</p>"
                + "</div>".repeat(20_000);
        ExtractedArticle a = extractor.extract(html, null);
        assertThat(a).isNotNull();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deepListsTablesFiguresAndMixedTextEndInTime() {
        String para = "Deep text that is long enough to count as a paragraph, with commas, and more words after it.";
        for (String[] tags : new String[][] {{"<ul><li>", "</li></ul>"}, {"<table><tr><td>", "</td></tr></table>"},
                {"<figure><div class=caption>", "</div></figure>"}, {"<div class=date>" + para, "</div>"}, {"<span hidden>", "</span>"}}) {
            String html = "<html><body><h1>Deep page</h1>" + tags[0].repeat(5_000) + "<p>" + para + "</p>" + tags[1].repeat(5_000) + "</body></html>";
            assertThat(extractor.extract(html, null)).isNotNull();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manySmallElementsAndOneHugeLineEndInTime() {
        StringBuilder spans = new StringBuilder("<html><body><div class=\"article-body\">");
        while (spans.length() < 5_000_000) spans.append("<span class=\"w\">word</span> ");
        assertThat(extractor.extract(spans.append("</div></body></html>").toString(), null).paragraphs()).isNotEmpty();
        String line = "<html><body><p>" + "word, ".repeat(900_000) + "</p></body></html>";
        assertThat(extractor.extract(line, null).paragraphs()).isNotEmpty();
    }

    @Test
    void controlCharactersAndBrokenMarkupGiveText() {
        String html = "<html><body><article><p>Sea wall \u0000approved\u0007 after a long debate, the council said on Tuesday night."
                + "<p>Second <b>paragraph <i>with broken</b> nesting</i> and an unclosed <a href='x'>link, still text enough."
                + "</article></body></html>";
        ExtractedArticle a = extractor.extract(PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null), null);
        assertThat(String.join(" ", a.paragraphs())).contains("Sea wall approved").contains("with broken nesting");
    }

    @Test
    void aPageOfOnlyScriptsHasNoBody() {
        ExtractedArticle a = extractor.extract("<html><head><script>var a = 1;</script></head><body><script>"
                + "document.write('x'.repeat(1000))</script><noscript>Enable JavaScript</noscript></body></html>", null);
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void binaryBytesAndEmptyInputGiveAnEmptyResult() {
        byte[] junk = new byte[200_000];
        new Random(1).nextBytes(junk);
        ExtractedArticle a = extractor.extract(PageDecoder.decode(junk, "text/html"), null);
        assertThat(a).isNotNull();
        assertThat(extractor.extract("", null).paragraphs()).isEmpty();
        assertThat(extractor.extract(null, null).paragraphs()).isEmpty();
    }

    @Test
    void charsetsComeFromTheBomTheHeaderOrTheMetaAndLiesAreCaught() {
        String text = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café crème</p></body></html>";
        assertThat(PageDecoder.decode(text.getBytes(java.nio.charset.Charset.forName("windows-1252")), null)).contains("Café crème");
        // declared Latin-1, but the bytes are UTF-8
        assertThat(PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1")).contains("Café crème");
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(bom, "text/html; charset=windows-1252")).startsWith("<html>").contains("Café crème");
        // declared UTF-8, but the bytes are windows-1252
        assertThat(PageDecoder.decode("<p>Caf\u00e9</p>".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "text/html; charset=utf-8")).contains("Café");
    }

    @Test
    void titleOnceCaptionApartPromoDroppedCreditFound() {
        String html = """
                <html lang="en"><head><title>Sea wall approved | Harbor Gazette</title>
                <meta property="og:site_name" content="Harbor Gazette">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"HG"},
                {"@type":"NewsArticle","headline":"Sea wall approved","datePublished":"2026-11-24T09:00:00+01:00",
                 "author":[{"@type":"Person","name":"Ana Vel"},{"@type":"Person","name":"Tom Ray"}]}]}</script></head>
                <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
                <article><h1>Sea wall approved</h1>
                <figure><img src="/img/wall.jpg"><figcaption>FILE PHOTO: Workers at the old wall. REUTERS/Ana Vel</figcaption></figure>
                <div class="article-body">
                <p>PORT ANSELM (Reuters) - The council approved the new sea wall on Tuesday, after a long debate, by seven votes to two.</p>
                <p>Construction starts in the spring and will take two years, the mayor said, adding that the cost was covered.</p>
                <ul><li>Length: 2.4 kilometres of new wall along the harbour front</li><li>Cost: 41 million, shared with the region</li></ul>
                <p>Join Harbor Gazette's Telegram channel and get the latest breaking news delivered to you.</p>
                <div class="share-bar"><a href="#">Share</a></div>
                </div></article>
                <section class="comments"><p>Great news, finally someone does something about the flooding in town.</p></section>
                </body></html>""";
        ExtractedArticle a = extractor.extract(html, "https://harbor.example/2026/wall");
        assertThat(a.title()).isEqualTo("Sea wall approved");
        assertThat(a.byline()).isEqualTo("Ana Vel, Tom Ray"); // declared authors, listed as the page declares them
        assertThat(a.published()).isEqualTo(java.time.Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(a.caption()).isEqualTo("FILE PHOTO: Workers at the old wall. REUTERS/Ana Vel");
        assertThat(a.credit()).isEqualTo("REUTERS");
        assertThat(a.image()).isEqualTo("https://harbor.example/img/wall.jpg");
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.paragraphs()).containsExactly(
                "PORT ANSELM (Reuters) - The council approved the new sea wall on Tuesday, after a long debate, by seven votes to two.",
                "Construction starts in the spring and will take two years, the mayor said, adding that the cost was covered.",
                "Length: 2.4 kilometres of new wall along the harbour front",
                "Cost: 41 million, shared with the region");
    }
}
