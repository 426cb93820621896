package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titles, eighth round: a headline printed in two lines inside its {@code <h1>} (headline and a
 * subtitle) is written as the declared title writes the pair; an article's {@code <h1>} of one word
 * that the {@code <title>} begins with is the title. Pages written here.
 */
class TitleEvidence2Test {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;

    private String title(String head, String h1) {
        String body = "<article><h1>" + h1 + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null).title();
    }

    private static String og(String title) {
        return "<title>" + title + " | Harbor Gazette</title><meta property=\"og:title\" content=\"" + title + "\">";
    }

    @Test
    void aHeadlineInTwoLinesIsWrittenAsTheDeclaredTitleWritesThePair() {
        String declared = "Tide Tables for 2026: Harbour Times and Heights";
        assertThat(title(og(declared), "Tide Tables for 2026 (Bay)<br>Your guide to the harbour's year")).isEqualTo(declared);
        // a span the stylesheet sets on its own line is a line break as well
        assertThat(title(og(declared), "The Tide Tables for 2026<span class=\"block text-sm\">Your guide to the harbour's year</span>"))
                .isEqualTo(declared);
        assertThat(title(og(declared), "The Tide Tables for 2026<span style=\"display: block\">Your guide to the harbour's year</span>"))
                .isEqualTo(declared);
    }

    @Test
    void aHeadlineInTwoLinesStaysWhenNothingDeclaredAgreesWithItsFirstLine() {
        // the declared title is the two lines as printed: they are the headline
        String both = "Tide Tables for 2026 Your guide to the harbour's year";
        assertThat(title(og(both), "Tide Tables for 2026<br>Your guide to the harbour's year")).isEqualTo(both);
        // a declared title worded after the second line says nothing about the first
        assertThat(title(og("Your guide to the harbour's year, tide by tide"), "Tide Tables for 2026<br>Your guide to the harbour's year"))
                .isEqualTo("Tide Tables for 2026 Your guide to the harbour's year");
        // an inline span is no line of its own
        assertThat(title(og("Tide Tables for 2026: Harbour Times and Heights"), "Tide Tables for 2026 <span>Your guide to the harbour's year</span>"))
                .isEqualTo("Tide Tables for 2026 Your guide to the harbour's year");
        // one word a line is the typography of a short headline, not a subtitle
        assertThat(title(og("Harbour Tide Tables 2026 Edition"), "HARBOUR<br>TIDE<br>TABLES")).isEqualTo("Harbour Tide Tables");
    }

    @Test
    void anArticlesOneWordHeadlineThatTheTitleBeginsWithIsTheTitle() {
        String body = "<main><h1>tidewater</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>";
        assertThat(page("<title>TIDEWATER Definition &amp; Usage | Harbor Words</title>", body)).isEqualTo("tidewater");
        // a <title> that does not begin with the word keeps its own wording
        assertThat(page("<title>Words of the coast: a glossary | Harbor Words</title>", body)).isEqualTo("Words of the coast: a glossary");
        // a one-word heading outside the article is the site's furniture, not the page's subject
        String masthead = "<header><h1>tidewater</h1></header><div><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertThat(page("<title>TIDEWATER Definition &amp; Usage | Harbor Words</title>", masthead)).isEqualTo("TIDEWATER Definition & Usage");
    }

    private String page(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null).title();
    }
}
