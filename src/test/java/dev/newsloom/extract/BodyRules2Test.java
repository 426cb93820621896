package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rules of the fifth round, each on a small page written here after layouts that real
 * publishers and editors produce (nothing copied from a real site); each assertion fails without its rule.
 */
class BodyRules2Test {
    @Test
    void aFirstParagraphWithADropCapIsNoCaption() {
        ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p class=\"has-drop-cap\">" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><figure><img src=\"/wall.jpg\"><div class=\"img-cap\">The old wall in March.</div></figure></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void anAnchorWrittenFromAHeadingsWordsIsNotFurniture() {
        String heading = "Why the social fund pays for the sea wall";
        ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><h2 id=\"h-why-the-social-fund-pays-for-the-sea-wall\">"
                + heading + "</h2><p>" + P2 + "</p><p>" + P3 + "</p>"
                // an id that does not repeat the block's words still names furniture
                + "<div id=\"social-links\"><p>Find the Harbor Gazette on every network, every day of the week.</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, heading, P2, P3);
    }

    @Test
    void aTableInsideAFigureIsTheArticlesDataItsCaptionGoes() {
        ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><figure class=\"wp-block-table\"><table>"
                + "<tr><th>Year</th><th>Floods</th></tr><tr><td>2019</td><td>2</td></tr><tr><td>2023</td><td>1</td></tr></table>"
                + "<figcaption>Floods in the lower town, by year.</figcaption></figure><p>" + P2 + "</p><p>" + P3 + "</p>"
                // a figure of a picture still goes whole
                + "<figure><img src=\"/wall.jpg\"><p>The old wall in March, seen from the pier.</p></figure></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, "Year Floods", "2019 2", "2023 1", P2, P3);
    }

    @Test
    void aPageBuildersHeadingBlockInsideTheArticleStays() {
        String widget = "elementor-widget-container";
        String heading = "What the wall will cost";
        ExtractedArticle a = HarborPages.page("<main><div class=\"post\"><div class=\"" + widget + "\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div class=\"" + widget + "\"><h2>" + heading + "</h2></div><div class=\"" + widget + "\"><p>" + P3 + "</p></div>"
                // a weakly named block of links is still furniture
                + "<div class=\"" + widget + "\"><h2><a href=\"/more\">More from the harbour</a></h2></div></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, heading, P3);
    }

    @Test
    void aCallToActionInsideTheArticleGoes() {
        for (String cta : new String[] {"post-cta", "cta-block", "blog-cta__box"}) {
            ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"" + cta + "\">"
                    + "<p>Planning a harbour project of your own? Our engineers answer within a day, and the first visit is free.</p></div><p>"
                    + P3 + "</p></div></article>");
            assertThat(a.paragraphs()).as(cta).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void anEmbeddedPostGoes() {
        ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><blockquote class=\"twitter-tweet\"><p>The wall"
                + " vote is tonight, come to the town hall at seven and bring your neighbours!</p>&mdash; Harbor Friends</blockquote><p>" + P2
                + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void footnotesAfterTheArticleGo() {
        ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<ol class=\"wp-block-footnotes\"><li>Council minutes of the March session, page twelve, as published by the clerk.</li>"
                + "<li>The flood reports of 2019 and 2023, compiled by the harbour office.</li></ol></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void theAuthorBoxesOfTheCommonBlogPluginsGo() {
        for (String box : new String[] {"saboxplugin-wrap", "abh_box abh_box_down"}) {
            ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                    + "<div class=\"" + box + "\"><div class=\"desc\"><p>Marta Lind has covered coastal towns, their harbours and their"
                    + " budgets for twelve years, and she sails when she can.</p></div></div></article>");
            assertThat(a.paragraphs()).as(box).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aNoteAsideInsideTheArticleStaysASidebarGoes() {
        String note1 = "A note on the old wall: it was built in 1911 from local stone, and parts of it will be kept as a walkway.";
        String note2 = "The stones that come out are numbered, so that the museum can rebuild one arch of it in the square.";
        ExtractedArticle a = HarborPages.page("<div class=\"page\"><article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><aside><p>"
                + note1 + "</p><p>" + note2 + "</p></aside><p>" + P3 + "</p></div></article>"
                + "<aside><p>The Harbor Gazette is written by four reporters and two editors, and it is printed every Friday morning.</p>"
                + "<p>Letters to the editor are welcome and are published in the weekend edition, short ones first.</p></aside></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, note1, note2, P3);
    }
}
