package dev.newsloom.extract;

import static dev.newsloom.extract.ExtractionFieldsTest.P1;
import static dev.newsloom.extract.ExtractionFieldsTest.P2;
import static dev.newsloom.extract.ExtractionFieldsTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The body rules of the fourth round, each on a small page written here after layouts that real
 * publishers use (nothing copied from a real site); each assertion fails without its rule.
 */
class BodyRulesTest {
    private static final String BIO = "Marta Lind is a senior reporter who has covered coastal towns, their harbours and their budgets for twelve years.";

    @Test
    void theBoxAboutTheWriterIsNotTheArticle() {
        for (String box : new String[] {"entry__author-description", "about_author", "authorDescription_x1", "post-author-box"}) {
            ExtractedArticle a = HarborPages.page("<article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                    + "<div class=\"" + box + "\"><p>" + BIO + "</p></div></div></article>");
            assertThat(a.paragraphs()).as(box).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void customerTestimonialsGoAPullQuoteStays() {
        String quote = "We waited twenty years for this vote, and we will not wait another two for the wall.";
        ExtractedArticle a = HarborPages.page("<article><p>" + P1 + "</p><blockquote class=\"testimonial-quote\"><p>" + quote + "</p></blockquote><p>"
                + P2 + "</p><p>" + P3 + "</p><div class=\"testimonials-wrapper\"><blockquote><p>The staff were friendly and the"
                + " repair of our roof was done on time, I recommend them to every neighbour.</p></blockquote></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, quote, P2, P3);
    }

    @Test
    void teasersOfOtherPostsGoSectionsMarkedAsArticlesStay() {
        String teasers = "<section><article><h3><a href=\"/ferry\">Ferry fares rise again</a></h3><p>The council looks for money to repair"
                + " the old pier before the summer season.</p></article><article><h3><a href=\"/school\">A new school for the upper town"
                + "</a></h3><p>Parents asked for a bus line; the council said it will study one.</p></article></section>";
        ExtractedArticle a = HarborPages.page("<main><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + teasers
                + "</div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        // a round-up whose steps are articles, none with a linked headline, keeps them all
        String step1 = "Measure the gate first and order the hinges a size larger than the old ones.";
        String step2 = "Pour the footing on a dry day, and let it cure for a full week before the wall goes up.";
        ExtractedArticle steps = HarborPages.page("<main><p>" + P1 + "</p><article><h3>Step one</h3><p>" + step1 + "</p></article>"
                + "<article><h3>Step two</h3><p>" + step2 + "</p></article><p>" + P2 + "</p></main>");
        assertThat(steps.paragraphs()).contains(step1, step2);
    }

    @Test
    void sectionsThatReactStreamsAfterTheFooterAreReadInTheirPlace() {
        String fourth = "The wall will be two metres higher than the old one, and the gates will close automatically at high tide.";
        ExtractedArticle a = HarborPages.page("<main><div class=\"story\"><p>" + P1 + "</p><!--$?--><template id=\"B:0\"></template>"
                + "<div>Loading paragraph...</div><!--/$--><!--$?--><template id=\"B:1\"></template><div>Loading paragraph...</div>"
                + "<!--/$--></div></main><footer><p>Harbor Gazette, 4 Quay Street. Letters to the editor are welcome.</p></footer>"
                + "<div hidden id=\"S:1\"><p>" + P3 + "</p><template id=\"P:2\"></template></div>"
                + "<div hidden id=\"S:0\"><p>" + P2 + "</p></div><div hidden id=\"S:2\"><p>" + fourth + "</p></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, fourth);
    }

    @Test
    void theCommentsOfHighlightedCodeStayInTheCode() {
        ExtractedArticle a = HarborPages.page("<article><p>" + P1 + "</p><pre><code><span class=\"token comment\"># count the gates</span>\n"
                + "<span class=\"token keyword\">gates</span> = 4</code></pre><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).contains("# count the gates gates = 4");
    }

    @Test
    void foldedSectionsOfAGuideAreReadHiddenMenusStillGo() {
        StringBuilder page = new StringBuilder("<main><p>" + P1 + "</p>");
        String[] steps = {P2, P3, "The gates are tested at every spring tide, and the council publishes the results within a week of each test."};
        for (int i = 0; i < steps.length; i++) {
            page.append("<h3><button aria-controls=\"step").append(i).append("\">Step ").append(i + 1).append("</button></h3>")
                    .append("<div id=\"step").append(i).append("\" role=\"region\" aria-labelledby=\"h").append(i)
                    .append("\" style=\"display:none\"><p>").append(steps[i]).append("</p></div>");
        }
        page.append("<div style=\"display: none\"><p>Sign in to save this guide to your reading list and read it later on any device.</p></div></main>");
        ExtractedArticle a = HarborPages.page(page.toString());
        assertThat(a.paragraphs()).contains(P1, P2, P3, steps[2]).noneMatch(p -> p.startsWith("Sign in"));
    }

    @Test
    void linksListedInsideTheArticleStayTheContentsAndTheListAfterItGo() {
        ExtractedArticle a = HarborPages.page("<article><ul><li><a href=\"#vote\">The vote</a></li><li><a href=\"#cost\">The cost</a></li></ul>"
                + "<p>" + P1 + "</p><p>The council published the plan and the budget on its website this morning.</p><ul><li><a href=\"/docs/plan.pdf\">The sea wall plan (pdf)</a>"
                + "</li><li><a href=\"/docs/budget.pdf\">The budget for 2027 (pdf)</a></li></ul><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<ul><li><a href=\"/ferry\">Ferry fares rise again</a></li><li><a href=\"/school\">A new school for the upper town</a>"
                + "</li></ul></article>");
        assertThat(a.paragraphs()).containsExactly(P1, "The council published the plan and the budget on its website this morning.", "The sea wall plan (pdf)",
                "The budget for 2027 (pdf)", P2, P3);
    }

    /** The archive a blog lists under its posts: enough links to keep the post's wrapper from counting as its text. */
    private static final String LINKS = "<ul>" + "<li><a href=\"/archive/one\">Earlier reports on the harbour and its sea wall</a></li>".repeat(8) + "</ul>";

    @Test
    void anArticleWrittenAsARunOfLikeSectionsIsReadWhole() {
        String more = "The first gate arrives in April, and the harbour stays open to the ferries while it is fitted, the engineer said.";
        String shortOne = "Two more public meetings are planned.";
        ExtractedArticle a = HarborPages.page("<main><div class=\"post\"><div class=\"sect1\"><h2>The vote</h2><div class=\"sectionbody\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div><div class=\"sect1\"><h2>Next steps</h2><div class=\"sectionbody\">"
                + "<p>" + shortOne + "</p></div></div><div class=\"sect1\"><h2>The gates</h2><div class=\"sectionbody\"><p>" + more
                + "</p></div></div>" + LINKS + "</div></main>");
        assertThat(a.paragraphs()).containsExactly("The vote", P1, P2, P3, "Next steps", shortOne, "The gates", more);
    }
}
