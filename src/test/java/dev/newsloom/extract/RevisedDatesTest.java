package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A page that declares its publication only in structured data and prints a later date by its
 * headline goes by the printed one, unless it states {@code article:published_time} or prints the
 * declared day somewhere; and a headline set in a paragraph has its date line read as a heading's
 * would be. Pages written here, not copied.
 */
class RevisedDatesTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2, P3 = ExtractionFieldsTest.P3;
    private static final String LD = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Sea wall approved\","
            + "\"datePublished\":\"2024-03-02T10:15:00Z\",\"dateModified\":\"2026-09-04T08:00:00Z\"}</script>";
    private static final Instant DECLARED = Instant.parse("2024-03-02T10:15:00Z"), PRINTED = Instant.parse("2026-09-04T00:00:00Z");

    private ExtractedArticle extract(String head, String afterHeadline, String tail) {
        return extractor.extract("<html><head><title>Sea wall approved</title>" + head + "</head><body><article>"
                + "<h1>Sea wall approved by the council</h1>" + afterHeadline + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + tail + "</article></body></html>", null);
    }

    private static final String UPDATED = "<div class=\"meta\">By Ana Vel · Last updated: September 4, 2026</div>";

    @Test
    void aPageThatPrintsOnlyALaterDateGoesByIt() {
        assertThat(extract(LD, UPDATED, "").published()).isEqualTo(PRINTED);
        // a date line with no label at all counts the same
        assertThat(extract(LD, "<p class=\"byline\">Ana Vel, Sep 4, 2026</p>", "").published()).isEqualTo(PRINTED);
        // microdata is structured data too
        String microdata = "<meta itemprop=\"datePublished\" content=\"2024-03-02T10:15:00Z\">";
        assertThat(extract(microdata, UPDATED, "").published()).isEqualTo(PRINTED);
    }

    @Test
    void aStatedPublicationTimeStays() {
        String og = LD + "<meta property=\"article:published_time\" content=\"2024-03-02T10:15:00+00:00\">";
        assertThat(extract(og, UPDATED, "").published()).isEqualTo(DECLARED);
    }

    @Test
    void theDeclaredDayPrintedAnywhereStays() {
        assertThat(extract(LD, UPDATED, "<p class=\"history\">First posted March 2, 2024.</p>").published()).isEqualTo(DECLARED);
        // split over elements, or run on to a time in the next one, it is still the day printed
        assertThat(extract(LD, UPDATED, "<p><b>Mar</b> 2, 2024</p>").published()).isEqualTo(DECLARED);
        assertThat(extract(LD, UPDATED, "<span class=\"tip\">Originally <span>March 2, 2024</span><span>10:15 AM</span></span>").published())
                .isEqualTo(DECLARED);
        // "03.02.2024" reads as the 3rd of February by default, but is the 2nd of March written month first
        assertThat(extract(LD, UPDATED, "<p>Filed 03.02.2024</p>").published()).isEqualTo(DECLARED);
    }

    @Test
    void aPrintedDayNoLaterThanTheDeclaredOneChangesNothing() {
        assertThat(extract(LD, "<div class=\"meta\">By Ana Vel · March 2, 2024</div>", "").published()).isEqualTo(DECLARED);
        assertThat(extract(LD, "<div class=\"meta\">By Ana Vel</div>", "").published()).isEqualTo(DECLARED);
    }

    @Test
    void aTextWritesADayInAnyOfItsForms() {
        LocalDate day = LocalDate.of(2024, 9, 10);
        assertThat(Dates.writes("posted 2024-09-10 at noon", day)).isTrue();
        assertThat(Dates.writes("Sept. 10, 2024", day)).isTrue();
        assertThat(Dates.writes("the 10th of September 2024", day)).isTrue();
        assertThat(Dates.writes("10.09.2024", day)).isTrue();
        assertThat(Dates.writes("09.10.2024", day)).isTrue(); // month first
        assertThat(Dates.writes("09/11/2024 and 2024-10-09", day)).isFalse();
        assertThat(Dates.writes("September 10", day)).isFalse();
    }

    @Test
    void aHeadlineSetInAParagraphHasItsDateLineReadAsAHeadlinesIs() {
        String page = "<html><head><title>Sea wall approved by the council | Harbor News</title></head><body><div class=\"x1\">"
                + "<p class=\"x2\">Sea wall approved by the council</p></div><div class=\"x3\"><p class=\"x2\">Ana Vel</p>"
                + "<p class=\"x2\">Nov 20, 2026</p></div><div class=\"x4\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
        assertThat(extractor.extract(page, null).published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        // the same words in a menu are a link to the article, not its headline
        String menu = page.replace("<div class=\"x1\"><p class=\"x2\">Sea wall approved by the council</p></div>",
                "<nav><p>Sea wall approved by the council</p></nav>");
        assertThat(extractor.extract(menu, null).published()).isNull();
    }
}
