package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rules of the seventh round, on small pages written here after layouts real publishers
 * produce (nothing copied from a real site); each first assertion fails without its rule.
 */
class BodyRules4Test {
    /** Two items of a round-up, each with a paragraph of its own. */
    private static final String BOOTS = "The lightest of the three, with a sole that grips wet stone on the harbour steps better than any we tried.";
    private static final String JACKET = "Warm enough for the winter ferry and packs into its own pocket, though the zip sticks in the cold.";

    @Test
    void aTableWhoseCellsHoldOneParagraphEachIsReadByRows() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><table><thead><tr><td><p><strong>Work</strong></p></td>"
                + "<td><strong>Cost</strong></td><td><p>When</p></td></tr></thead><tbody>"
                + "<tr><td><p>Sea wall</p></td><td>$4m</td><td><p>2027</p></td></tr>"
                + "<tr><td><p>Pump house</p></td><td>$1m</td><td><p>2028</p></td></tr></tbody></table>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, "Work Cost When", "Sea wall $4m 2027", "Pump house $1m 2028", P2, P3);
        // a cell of several paragraphs is a layout cell: its paragraphs stay paragraphs
        ExtractedArticle b = HarborPages.article("<table><tr><td><p>" + P1 + "</p><p>" + P2 + "</p></td><td><p>" + P3 + "</p></td></tr></table>");
        assertThat(b.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aLinkedHeadingOfARoundUpStaysWithTheTextUnderIt() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><h2><a href=\"https://shop.example/boots\">1. Quay boots</a></h2><p>" + BOOTS + "</p>"
                + "<h2><a href=\"https://shop.example/jacket\">2. Ferry jacket</a></h2><p>" + JACKET + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, "1. Quay boots", BOOTS, "2. Ferry jacket", JACKET, P2, P3);
    }

    @Test
    void linkedHeadingsWithNothingUnderThemAreAListOfOtherPosts() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<h3><a href=\"/ferry\">Ferry timetable changes</a></h3><h3><a href=\"/lighthouse\">Lighthouse open day</a></h3>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aTeaserCardAfterTheArticleKeepsItsHeadlineOut() {
        String excerpt = "The council will vote on the ferry timetable next month, and the operators have asked for a later last boat.";
        // one linked headline with its excerpt in a card of its own, and no heading of the article after it
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><div class=\"card\">"
                + "<h3><a href=\"/ferry\">Ferry timetable changes</a></h3><p>" + excerpt + "</p></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, excerpt);
    }

    @Test
    void aLabelRepeatsWithEveryItemItHeadsButAParagraphSaidTwiceIsACopy() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><h3>Quay boots</h3><p>Price: on request</p><p>" + BOOTS + "</p>"
                + "<h3>Ferry jacket</h3><p>Price: on request</p><p>" + JACKET + "</p><p>" + P2 + "</p><p>" + P1 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, "Quay boots", "Price: on request", BOOTS, "Ferry jacket", "Price: on request",
                JACKET, P2);
    }

    @Test
    void aShortSentenceMostlyOfLinksIsTextButALabelledPointerIsNot() {
        String sentence = "Built by <a href=\"/a\">Kestrel Marine Engineering</a> and <a href=\"/b\">Marram Coastal Works Limited</a>, "
                + "with <a href=\"/c\">Sandpiper Concrete</a>.";
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + sentence + "</p><p>" + P2 + "</p>"
                + "<p>Related reading: <a href=\"/d\">How the old sea wall was built, and why it failed</a></p>"
                + "<p><a href=\"/e\">See the council's plans</a>.</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, "Built by Kestrel Marine Engineering and Marram Coastal Works Limited, with Sandpiper Concrete.", P2, P3);
    }
}
