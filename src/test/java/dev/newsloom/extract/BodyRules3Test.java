package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rules of the sixth round, on small pages written here after layouts real publishers
 * produce (nothing copied from a real site); each first assertion fails without its rule.
 */
class BodyRules3Test {
    @Test
    void aClosingNoteAboutTheWriterGoesWithWhatFollowsIt() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>Mara Quint is a senior reporter at the Harbor Gazette, where she has covered the coast and its towns since 2015.</p>"
                + "<p>Fares and opening times were correct when this story was published.</p>");
        assertThat(a.byline()).isEqualTo("Mara Quint");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void theWritersFirstNameAloneCountsOnlyWithARole() {
        String closing = "Mara has lived by the harbour for twenty years and still walks the old wall every morning before work.";
        assertThat(HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + closing + "</p>").paragraphs())
                .containsExactly(P1, P2, P3, closing);
        assertThat(HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>Mara is a staff writer for the Harbor Gazette and edits its weekend coast section.</p>").paragraphs())
                .containsExactly(P1, P2, P3);
    }

    @Test
    void someoneElseDescribedAtTheEndIsStillTheStory() {
        String closing = "Tomas Weir is the harbour master and has asked the council for a second pump station by the ferry ramp.";
        String early = "Mara Quint is a senior reporter at the Harbor Gazette and sat in on the whole debate for this story.";
        // a note more than two blocks from the end is followed by the article's own paragraphs
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + early + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + closing + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, early, P2, P3, closing);
    }

    @Test
    void aRecommendationHeadingPastTheMiddleOfTheTextCutsTheTeasersAfterIt() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<h3>Read this next</h3><p>Ferry timetable changes</p><p>Lighthouse open day</p><p>Storm week pictures</p><p>Tide tables for May</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        // before the middle of both the blocks and the text it is a section of the article
        String list = "Our earlier coverage of the flood defences and of the council's long search for the money to pay for them.";
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><h3>More from the council</h3><p>" + list + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(b.paragraphs()).containsExactly(P1, "More from the council", list, P2, P3);
    }
    @Test
    void recommendationHeadingsInTheirCommonWordingsCutTheTail() {
        for (String heading : new String[] {"Related articles that may interest you", "You may be interested in the following topics as well:",
                "Featured insights", "More stories you might enjoy", "This might be interesting to you:", "Previous article"}) {
            ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h3>" + heading + "</h3>"
                    + "<p>Ferry timetable changes</p><p>Lighthouse open day</p>");
            assertThat(a.paragraphs()).as(heading).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aListItemWordedLikeATailHeadingIsOneThingTheTextLists() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>What the harbour needs next:</p><ul><li>More public moorings</li>"
                + "<li>More stories from the lower town</li><li>Better lighting on the ramp</li></ul><p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, "What the harbour needs next:", "More public moorings",
                "More stories from the lower town", "Better lighting on the ramp", P2, P3);
    }
    @Test
    void aLabelledNoteAboutTheAuthorGoesAndSoDoesTheSignatureBeforeIt() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>Written by Mara Quint</p>"
                + "<p>About the author: a coast reporter for fifteen years, with two books on the lower town's floods.</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
}
