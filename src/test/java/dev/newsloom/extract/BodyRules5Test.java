package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rule of the eighth round, on a small page written here (nothing copied from a real
 * site); the first assertion fails without the rule.
 */
class BodyRules5Test {
    @Test
    void interfaceLabelsWithAColonOrACountAreNotText() {
        ExtractedArticle a = HarborPages.article("<p>4 min. read</p><p>2,310 views</p><p>Summarize this article with:</p><p>On this page</p>"
                + "<p>In this article:</p><ul><li><a href=\"#cost\">What it costs</a></li></ul>"
                + "<p>" + P1 + "</p><h2 id=\"cost\">What it costs</h2><p>" + P2 + "</p><p>Read time: 6 min</p><p>" + P3 + "</p>");
        assertThat(a.paragraphs()).doesNotContain("4 min. read", "2,310 views", "Summarize this article with:", "On this page",
                "In this article:", "Read time: 6 min");
        assertThat(a.paragraphs()).contains(P1, "What it costs", P2, P3);
        // the same words inside a sentence, or as a heading naming its own section, stay
        String sentence = "On this page of the plan the engineers show where the 2,310 views of the harbour will be kept open.";
        ExtractedArticle b = HarborPages.article("<p>" + P1 + "</p><h2>In this guide</h2><p>" + sentence + "</p><p>" + P2 + "</p>");
        assertThat(b.paragraphs()).containsExactly(P1, "In this guide", sentence, P2);
    }
}
