package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.BlockKind;
import dev.newsloom.model.ExtractedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Each field and each body rule on small pages written here, modelled on layouts that real
 * publishers use (nothing here is copied from a real site).
 */
class ExtractionFieldsTest {
    private final DensityExtractor extractor = new DensityExtractor();

    static final String P1 = "The harbour council approved the new sea wall on Tuesday, after a long debate that ran late into the night.";
    static final String P2 = "Construction starts in the spring and will take two years, the mayor said, adding that the cost was covered.";
    static final String P3 = "Residents of the lower town, flooded twice since 2019, welcomed the vote but asked for a faster schedule.";

    @Test
    void doubleEncodedUtf8IsRepairedAndRealAccentsStay() {
        byte[] page = "<html><body><p>The mayor isnâ€™t sure â€” the cafÃ© stays; a real café and Ärger stay too.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        String html = PageDecoder.decode(page, "text/html; charset=utf-8");
        assertThat(html).contains("isn’t sure — the café stays").contains("a real café and Ärger stay too");
    }

    @Test
    void entitiesInDeclaredTitlesAreUnescapedAndTheVisibleHeadlineWins() {
        ExtractedArticle a = extractor.extract("""
                <html><head><title>Council &amp;#8211; vote | Harbor Gazette</title>
                <meta property="og:title" content="Sea wall vote: council says yes">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Sea wall &#8211; council approves"}</script>
                </head><body><h1>Harbor Gazette</h1><article><h1>Council approves the sea wall</h1><p>%s</p><p>%s</p></article></body></html>
                """.formatted(P1, P2), null);
        // the first h1 names the site; the article's own heading agrees with the declared titles
        assertThat(a.title()).isEqualTo("Council approves the sea wall");
        assertThat(MetadataExtractor.unescaped("Sea wall &#8211; council &amp;amp; mayor")).isEqualTo("Sea wall – council & mayor");
    }

    @Test
    void aHeadlineThatIsTheSiteNameGivesWayToThePageTitle() {
        ExtractedArticle a = HarborPages.page("<div class=\"masthead\"><h1>Harbor Gazette</h1></div><div><p>" + P1 + "</p><p>" + P2 + "</p></div>");
        assertThat(a.title()).isEqualTo("Sea wall approved");
    }

    @Test
    void datesKeepThePagesOffsetAndVisibleDatesFillTheGap() {
        ExtractedArticle declared = HarborPages.page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2026-11-24T01:30:00+02:00\"}</script><article><p>" + P1 + "</p></article>");
        assertThat(declared.published()).isEqualTo(Instant.parse("2026-11-23T23:30:00Z"));
        assertThat(declared.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(declared.publishedAt().toLocalDate()).hasToString("2026-11-24"); // the page's own day

        ExtractedArticle shown = HarborPages.page("<article><h1>Sea wall approved</h1><p>" + P1.repeat(3) + "</p>"
                + "<div class=\"info\"><span>Posted on</span> <span>Nov 21, 2026</span> <span>Updated Dec 1, 2026</span></div>"
                + "<p>" + P2 + "</p></article>");
        assertThat(shown.published()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(Dates.inText("Elliot Raba 23.07.2026 · 6 min read")).isEqualTo(Instant.parse("2026-07-23T00:00:00Z"));
        assertThat(Dates.inText("Updated: 10/31/2026")).isEqualTo(Instant.parse("2026-10-31T00:00:00Z"));
        assertThat(Dates.inText("19 December 2026")).isEqualTo(Instant.parse("2026-12-19T00:00:00Z"));
        assertThat(Dates.inText("Feb 30, 2026 and then March 2, 2026")).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));

        ExtractedArticle onlyModified = HarborPages.page("<meta property=\"article:modified_time\" content=\"2026-10-02T10:00:00Z\">"
                + "<article><p>" + P1 + "</p></article>");
        assertThat(onlyModified.published()).isEqualTo(Instant.parse("2026-10-02T10:00:00Z"));
    }

    @Test
    void bylinesAreNamesNotHandlesLabelsOrUrls() {
        assertThat(HarborPages.page("<meta name=\"author\" content=\"ana.vel\"><article><h1>Sea wall approved</h1>"
                + "<div class=\"meta\">By <a href=\"/author/ana-vel/\">Ana Vel</a></div><p>" + P1 + "</p></article>").byline())
                .isEqualTo("Ana Vel");
        assertThat(HarborPages.page("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Tom Ray\">"
                + "<article><p>" + P1 + "</p></article>").byline()).isEqualTo("Tom Ray");
        assertThat(HarborPages.page("<article><h1>Sea wall approved</h1><p>By Ana Vel and Tom Ray</p><p>" + P1 + "</p></article>").byline())
                .isEqualTo("Ana Vel and Tom Ray");
        assertThat(Bylines.clean("Written by Ana Vel | Last updated Dec 12, 2026")).isEqualTo("Ana Vel");
        assertThat(Bylines.clean("ANA VEL")).isEqualTo("ANA VEL"); // a name in capitals alone is a person
        assertThat(Bylines.clean("Ana Vel / MERIDIAN")).isEqualTo("Ana Vel"); // beside a name, an agency
        assertThat(HarborPages.page("<article><p>" + P1 + "</p><p>" + P2 + "</p></article><div class=\"box\"><p>Written by Tom Ray</p>"
                + "<p>Tom covers the harbour.</p></div>").byline()).isEqualTo("Tom Ray");
        assertThat(HarborPages.page("<article><div class=\"meta\"><p class=\"authorName\">Harbor Desk</p></div><p>" + P1 + "</p></article>")
                .byline()).isEqualTo("Harbor Desk");
        assertThat(Bylines.plausible("Articles by Ana")).isFalse();
        assertThat(Bylines.plausible("https://example.com/ana")).isFalse();
    }

    @Test
    void anArticleInsideAFormOrALayoutNamedForItsSidebarIsKept() {
        ExtractedArticle inForm = HarborPages.page("<form id=\"aspnetForm\"><nav><a href=\"/\">Home</a></nav><div class=\"content\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></form>");
        assertThat(inForm.paragraphs()).containsExactly(P1, P2);
        ExtractedArticle layout = HarborPages.page("<div class=\"sidebar-layout has-sidebar\"><div class=\"sidebar-content\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></div><div class=\"sidebar\"><p>Subscribe to the Gazette and read every story on the harbour "
                + "first, with our newsletter every morning.</p></div></div>");
        assertThat(layout.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void hiddenProseStaysHiddenMenusAndDialogCopiesGo() {
        ExtractedArticle streamed = HarborPages.page("<div hidden id=\"S:0\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div aria-hidden=\"true\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul></div>");
        assertThat(streamed.paragraphs()).containsExactly(P1, P2, P3);
        ExtractedArticle republish = HarborPages.page("<main><div class=\"sidebar-content\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div class=\"sidebar\"><div role=\"dialog\" class=\"republish-modal\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></div></main>");
        assertThat(republish.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void textBetweenBlocksListsTablesAndTailsAreReadAsAReaderSeesThem() {
        ExtractedArticle mixed = HarborPages.page("<div class=\"story\">" + P1 + "<br><br>" + P2 + "<div class=\"ad-slot\">Advertisement</div>" + P3
                + "</div>");
        // the advertisement goes, the double line break ends a paragraph, and no words run together
        assertThat(mixed.paragraphs()).containsExactly(P1, P2 + " " + P3);
        ExtractedArticle structured = HarborPages.page("<article><p>" + P1 + "</p><ol start=\"3\"><li>Close the old gate</li><li>Pour the footing"
                + "</li></ol><table><tr><th>Phase</th><th>Cost</th></tr><tr><td>Footing</td><td>12 million</td></tr></table><p>" + P2
                + "</p><h2>Related articles</h2><p>Ferry fares rise again as the council looks for money to repair the old pier.</p></article>");
        assertThat(structured.paragraphs()).containsExactly(P1, "3. Close the old gate", "4. Pour the footing", "Phase Cost",
                "Footing 12 million", P2);
    }

    @Test
    void aDeclaredArticleBodyCountsOnlyWhenThePageShowsIt() {
        String body = (P1 + " " + P2 + " " + P3 + " ").repeat(2).strip();
        String shown = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script>"
                + "<div class=\"x\"><span>" + body + "</span></div>";
        assertThat(String.join(" ", HarborPages.page(shown).paragraphs())).contains(P1).contains(P3);
        String notShown = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script>"
                + "<article><p>Subscribers can read this story in full with a Gazette account, from one euro a week.</p></article>";
        assertThat(String.join(" ", HarborPages.page(notShown).paragraphs())).doesNotContain(P1);
    }

    @Test
    void headingsListItemsQuotesAndCodeKeepTheirKindAndTheTextStaysPlain() {
        ExtractedArticle a = HarborPages.page("<article><p>" + P1 + "</p><h2>What the wall will cost</h2><p>" + P2 + "</p>"
                + "<ul><li>Twelve million for the footing</li><li>Four million for the gates</li></ul><h3>The schedule</h3>"
                + "<ol><li>Close the old gate</li><li>Pour the <em>footing</em></li></ol>"
                + "<blockquote><p>We waited twenty years for this vote.</p></blockquote><pre>phase,cost\nfooting,12</pre>"
                + "<p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, "What the wall will cost", P2, "Twelve million for the footing",
                "Four million for the gates", "The schedule", "1. Close the old gate", "2. Pour the footing",
                "We waited twenty years for this vote.", "phase,cost footing,12", P3);
        assertThat(a.kinds()).containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.SUBHEADING, BlockKind.NUMBERED_ITEM, BlockKind.NUMBERED_ITEM, BlockKind.QUOTE,
                BlockKind.PREFORMATTED, BlockKind.PARAGRAPH);
        assertThat(a.text()).doesNotContain("<").hasLineCount(11);
    }

    @Test
    void theHeadlineIsTheOneThatAgreesWithTheDeclaredTitlesNotTheSitesName() {
        // a blog's name in the first h1 of the article area, the post's own title below it
        ExtractedArticle blog = extractor.extract("<html><head><title>Defer, panic and recover - The Harbor Programming Language</title>"
                + "</head><body><div class=\"Article\"><h1>The Harbor Blog</h1><h1>Defer, panic and recover</h1><p>" + P1 + "</p><p>"
                + P2 + "</p></div></body></html>", null);
        assertThat(blog.title()).isEqualTo("Defer, panic and recover");
        // "Site: Headline" in the title, og:title the headline, the site's name as the only h1
        ExtractedArticle prefixed = extractor.extract("<html><head><title>Quay Notes: Small boats, big plans</title>"
                + "<meta property=\"og:title\" content=\"Small boats, big plans\"></head><body><header><h1>Quay Notes</h1></header>"
                + "<div class=\"post\"><h1>The first boat</h1><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>", null);
        assertThat(prefixed.title()).isEqualTo("Small boats, big plans");
        // a blog that keeps h1 for its name and declares nothing but <title>: the article's h2 that is the title
        ExtractedArticle h2 = extractor.extract("<html><head><title>Progress report 39</title></head><body><h1><a href=\"/\">"
                + "Ana's workshop notes</a></h1><article><h2>Progress report 39</h2><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>", null);
        assertThat(h2.title()).isEqualTo("Progress report 39");
        // the site's name comes off every time a title repeats it, and a host name is a site's name
        assertThat(Titles.clean("Ten roof repairs | Roofly | Roofly", "Roofly")).isEqualTo("Ten roof repairs");
        assertThat(Titles.clean("Game changer | Shopmart.com", null)).isEqualTo("Game changer");
    }

    @Test
    void bylinesLoseTheJobTitleAndAreFoundAfterALabelOrBesideTheDate() {
        assertThat(Bylines.clean("Liz Kenny Former Harbor Consultant")).isEqualTo("Liz Kenny");
        assertThat(Bylines.clean("Ana Vel AI Writer, Harbor Labs")).isEqualTo("Ana Vel");
        assertThat(Bylines.clean("ByTom Ng")).isEqualTo("Tom Ng");
        assertThat(Bylines.clean("Dec. 19, 2025 · Ana Vel")).isEqualTo("Ana Vel");
        // a name and title written together, a team, and two names stay as they are; a reviewer is no author
        assertThat(Bylines.clean("Ana Vel, Senior Editor")).isEqualTo("Ana Vel, Senior Editor");
        assertThat(Bylines.clean("The Harbor Editorial Team")).isEqualTo("The Harbor Editorial Team");
        assertThat(Bylines.clean("Ana Vel and Tom Ng")).isEqualTo("Ana Vel and Tom Ng");
        assertThat(Bylines.clean("Reviewed by Dr. Tom Ng")).isNull();
        ExtractedArticle labelled = HarborPages.page("<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<div class=\"box\"><h3>Author</h3><p>Marna van der Merwe</p></div>");
        assertThat(labelled.byline()).isEqualTo("Marna van der Merwe");
        ExtractedArticle dated = HarborPages.page("<article><h1>Sea wall approved by the council</h1><div><span>Dec 17, 2025</span> · "
                + "<span>Julian K. Arni</span></div><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertThat(dated.byline()).isEqualTo("Julian K. Arni");
    }
}
