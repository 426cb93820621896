package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rules of the ninth round, on small pages written here (nothing copied from a real
 * site); the first assertion of each test fails without its rule.
 */
class BodyRules6Test {
    private static final String[] TEASERS = {
        "The ferry timetable changes next month, with two more crossings on weekdays and one fewer on Sundays.",
        "A bakery on Quay Street has opened a second shop, this time by the station, and hires six new staff.",
        "The lifeboat crew trained with the coastguard helicopter off the north pier for the first time in years.",
        "Tickets for the summer regatta go on sale on Friday; the council expects more boats than ever before.",
    };

    /** The article's own three paragraphs, before whatever follows them. */
    private static final String STORY = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";

    private static String teasers() {
        StringBuilder sb = new StringBuilder();
        for (String t : TEASERS) sb.append("<p>").append(t).append("</p>");
        return sb.toString();
    }

    @Test
    void aRecommendationsHeadingPastAThirdOfAShortArticleEndsIt() {
        // three paragraphs of article, then more teaser text than article: the heading is before the middle of both
        ExtractedArticle a = HarborPages.article(STORY + "<h3>Read this next</h3>" + teasers());
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aHeadingEndingInAColonLeadsIntoTheWritersOwnListAndStays() {
        String heading = "More from the harbour archive on sea walls:";
        ExtractedArticle a = HarborPages.article(STORY + "<h3>" + heading + "</h3>" + teasers());
        assertThat(a.paragraphs()).contains(P3, heading, TEASERS[0], TEASERS[3]);
        // in the first third of the text the template's heading is still the article's own (a short list of picks up front)
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><h3>Read this next</h3>" + teasers() + "<p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(b.paragraphs()).contains(P1, TEASERS[0], P3);
    }

    @Test
    void aPaywallNoticeEndsTheTextAndTheOfferAfterItGoes() {
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>This story is exclusive to Harbor+ subscribers</p>"
                + "<p>Already have an account? Log in</p><p>Monthly</p><p>$9</p><p>Annual plan, billed once a year</p><p>$90</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p>Become a paid subscriber to the Harbor Gazette to unlock this piece and learn about:</p>"
                + "<ol><li>Where the second wall will go</li><li>Who pays for the pumps</li></ol>");
        assertThat(b.paragraphs()).containsExactly(P1, P2);
        // a sentence about subscribers is text
        String sentence = "The harbour master said subscribers to the tide alerts will be told when the gates close.";
        ExtractedArticle c = HarborPages.article("<p>" + P1 + "</p><p>" + sentence + "</p><p>" + P2 + "</p>");
        assertThat(c.paragraphs()).containsExactly(P1, sentence, P2);
    }

    @Test
    void theSitesTagsAndReviewStampAtEitherEndAreNotText() {
        ExtractedArticle a = HarborPages.article("<p>Category: Council</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>Tags: flooding, sea wall, lower town</p><p>Last reviewed May 2026</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        // inside the text such a line is the writer's ("Topics: ..." heading a list of what the council discussed)
        ExtractedArticle b = HarborPages.article(STORY + "<p>" + P2.replace("spring", "autumn")
                + "</p><p>Topics: the wall, the pumps, the ferry</p><p>" + P1.replace("Tuesday", "Friday") + "</p><p>" + P3.replace("twice", "once") + "</p>");
        assertThat(b.paragraphs()).contains("Topics: the wall, the pumps, the ferry");
    }

    @Test
    void placeholdersLeftByScriptsAndTheFollowButtonAreNotText() {
        ExtractedArticle a = HarborPages.article("<p>Add as preferred source</p><p>" + P1 + "</p><p>Loading paragraph...</p><p>" + P2
                + "</p><p>Loading prices for your region…</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        String sentence = "Loading the ferry took an hour longer than usual...";
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><p>" + sentence + " the crew blamed the wind.</p><p>" + P2 + "</p>");
        assertThat(b.paragraphs()).contains(sentence + " the crew blamed the wind.");
    }

    @Test
    void aFeedbackWidgetClosesThePiece() {
        ExtractedArticle a = HarborPages.article(STORY + "<h3>Was this article helpful?</h3>"
                + "<p>" + TEASERS[0] + "</p><p>" + TEASERS[1] + "</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        ExtractedArticle b = HarborPages.article(STORY + "<p>How was this issue?</p>"
                + "<p>Rate this week's letter with a single click.</p>");
        assertThat(b.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void theSitesBlogListingAndAQuestionsPromptAfterTheArticleGo() {
        ExtractedArticle a = HarborPages.article(STORY + "<h2>Blog.</h2>"
                + "<p>" + TEASERS[0] + "</p><p>Mar 3, 2026</p><p>" + TEASERS[1] + "</p><p>Feb 26, 2026</p>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        ExtractedArticle b = HarborPages.article(STORY + "<h3>Still have questions?</h3>"
                + "<p>Our harbour team answers every message within a working day; write to us or call the office.</p>");
        assertThat(b.paragraphs()).containsExactly(P1, P2, P3);
    }
}
