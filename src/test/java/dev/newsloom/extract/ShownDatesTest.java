package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Dates, third round: the day a page shows by its headline against the day it declares, and dates
 * in author boxes. Pages written here, not copied.
 */
class ShownDatesTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;
    private static final String DECLARED = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":"
            + "\"2026-11-20T09:00:00+00:00\"}</script>";

    private Instant published(String head, String body) {
        return extractor.extract("<html><head><title>Sea wall approved</title>" + head + "</head><body>" + body + "</body></html>",
                "https://harbor.example/a").published();
    }

    private static String article(String dateLine) {
        return "<article><h1>Sea wall approved by the council</h1><div class=\"meta\">" + dateLine + "</div><p>" + P1 + "</p><p>"
                + P2 + "</p></article>";
    }

    @Test
    void aDayShownWellBeforeTheDeclaredOneIsThePublication() {
        // the declared date is a rebuild's stamp: the article shows when it came out
        assertThat(published(DECLARED, article("<span>By Ana Vel</span> · <span>March 3, 2024</span>")))
                .isEqualTo(Instant.parse("2024-03-03T00:00:00Z"));
        // the same day, or a day apart (two time zones), or a later day: the declared time stays
        assertThat(published(DECLARED, article("<span>November 20, 2026</span>"))).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(published(DECLARED, article("<span>November 19, 2026</span>"))).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        // (a later day stays declared where the page states article:published_time; without it, see RevisedDatesTest)
        String stated = DECLARED + "<meta property=\"article:published_time\" content=\"2026-11-20T09:00:00+00:00\">";
        assertThat(published(stated, article("<span>December 1, 2026</span>"))).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void anUpdatedLineOrAMachineDateBesideTheTextNeverOverrides() {
        assertThat(published(DECLARED, article("<span>Updated March 3, 2024</span>"))).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(published(DECLARED, article("<span>Last updated on</span> <span>March 3, 2024</span>")))
                .isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        // the element's own machine date is what the page means, whatever its text says
        assertThat(published(DECLARED, article("<time datetime=\"2026-11-20\">March 3, 2024</time>")))
                .isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void aTimeMarkedPublishedAnywhereInTheArticleCounts() {
        String body = "<article><h1>Sea wall approved by the council</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"article-end\">Published <time datetime=\"2024-08-13\">August 13, 2024</time></div></article>";
        assertThat(published(DECLARED, body)).isEqualTo(Instant.parse("2024-08-13T00:00:00Z"));
    }

    @Test
    void aDateOnTheLineBesideTheAuthorsCountsWhenNothingElseDoes() {
        String long1 = "<p>" + P1 + " " + P2 + "</p>";
        String body = "<main><h1>Sea wall approved by the council</h1>" + long1.repeat(4) + "<div><p>Written by "
                + "<a href=\"/blog/author/ana-vel\">Ana Vel</a></p><p>April 8, 2024</p></div></main>";
        assertThat(published("", body)).isEqualTo(Instant.parse("2024-04-08T00:00:00Z"));
    }

    @Test
    void aDateInTheAuthorBoxCountsEvenRunOnToTheName() {
        assertThat(Dates.inText("Ana VelDecember 17, 2025")).isEqualTo(Instant.parse("2025-12-17T00:00:00Z"));
        assertThat(Dates.inText("undecided 17, 2025")).isNull(); // a month inside a lower-case word is none
        String body = "<main><div class=\"post-head\"><div class=\"post-author\"><p>Ana Vel</p><small>December 17, 2025</small>"
                + "</div></div><p>" + P1 + "</p><p>" + P2 + "</p></main>";
        assertThat(published("", body)).isEqualTo(Instant.parse("2025-12-17T00:00:00Z"));
    }
}
