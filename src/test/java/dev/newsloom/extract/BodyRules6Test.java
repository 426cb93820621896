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

    private static String teasers() {
        StringBuilder sb = new StringBuilder();
        for (String t : TEASERS) sb.append("<p>").append(t).append("</p>");
        return sb.toString();
    }

    @Test
    void aRecommendationsHeadingPastAThirdOfAShortArticleEndsIt() {
        // three paragraphs of article, then more teaser text than article: the heading is before the middle of both
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h3>Read this next</h3>" + teasers());
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aHeadingEndingInAColonLeadsIntoTheWritersOwnListAndStays() {
        String heading = "More from the harbour archive on sea walls:";
        ExtractedArticle a = HarborPages.article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h3>" + heading + "</h3>" + teasers());
        assertThat(a.paragraphs()).contains(P3, heading, TEASERS[0], TEASERS[3]);
        // in the first third of the text the template's heading is still the article's own (a short list of picks up front)
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><h3>Read this next</h3>" + teasers() + "<p>" + P2 + "</p><p>" + P3 + "</p>");
        assertThat(b.paragraphs()).contains(P1, TEASERS[0], P3);
    }
}
