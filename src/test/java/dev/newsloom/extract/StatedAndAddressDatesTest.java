package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates, fourth round: the day in the article's address, a shown day no time zone can reach, a
 * text that says when it was first published, a wire dateline. Pages written here, not copied.
 */
class StatedAndAddressDatesTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2, P3 = ExtractionFieldsTest.P3;

    private ExtractedArticle extract(String head, String body) {
        return extractor.extract("<html><head><title>Sea wall approved</title>" + head + "</head><body>" + body + "</body></html>", null);
    }

    private static String canonical(String url) {
        return "<link rel=\"canonical\" href=\"" + url + "\">";
    }

    @Test
    void theAddressGivesTheDayAndMonthTheirOrder() {
        assertThat(UrlDates.in("https://harbor.example/news/2026/10/03/sea-wall")).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(UrlDates.in("https://harbor.example/blog/2026/october/03/sea-wall")).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(UrlDates.in("https://harbor.example/2026/10/sea-wall")).isNull(); // a month is no day
        assertThat(UrlDates.in("https://2026.example/a/b")).isNull();
        String body = "<article><h1>Sea wall approved by the council</h1><p class=\"meta\">03/10/2026</p><p>" + P1 + "</p><p>" + P2
                + "</p></article>";
        // month first is the default reading of 03/10/2026; the address says the 3rd of October
        assertThat(extract(canonical("https://harbor.example/blog/2026/october/03/sea-wall"), body).published())
                .isEqualTo(Instant.parse("2026-10-03T00:00:00Z"));
        assertThat(extract(canonical("https://harbor.example/blog/sea-wall"), body).published())
                .isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    }

    @Test
    void aUtcTimeAfterMidnightIsShownOnTheAddressesDayAtThePagesOwnOffset() {
        String head = "<meta property=\"article:published_time\" content=\"2026-11-20T03:10:00+00:00\">";
        String body = "<article><h1>Sea wall approved by the council</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<section class=\"responses\"><p>Tom: agreed. <time datetime=\"2026-11-19T23:40:00-05:00\">11:40 pm</time></p></section>";
        ExtractedArticle dated = extract(head + canonical("https://harbor.example/2026/11/19/sea-wall/"), body);
        // the same instant, at the offset the publisher writes its times with
        assertThat(dated.published()).isEqualTo(Instant.parse("2026-11-20T03:10:00Z"));
        assertThat(dated.publishedAt().toString()).isEqualTo("2026-11-19T22:10-05:00"); // AssertJ compares OffsetDateTimes by instant
        // without a day in the address the declared offset stays
        assertThat(extract(head + canonical("https://harbor.example/sea-wall/"), body).publishedAt().toString())
                .isEqualTo("2026-11-20T03:10Z");
        // nor does an address two days away move it: that is another date, not another zone
        assertThat(extract(head + canonical("https://harbor.example/2026/11/18/sea-wall/"), body).publishedAt().toString())
                .isEqualTo("2026-11-20T03:10Z");
    }

    @Test
    void aCanonicalLinkThatIsNoAddressGivesWayToTheNextOne() {
        ExtractedArticle a = extract(canonical("Why build a sea wall?") + "<meta property=\"og:url\" content=\"https://harbor.example/sea-wall\">",
                "<article><h1>Sea wall approved by the council</h1><p>" + P1 + "</p></article>");
        assertThat(a.url()).isEqualTo("https://harbor.example/sea-wall");
    }

    @Test
    void aShownDayNoTimeZoneCanReachIsThePublication() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-11-20T22:30:00Z\"}</script>";
        String body = "<article><h1>Sea wall approved by the council</h1><div class=\"meta\">November 19, 2026</div><p>" + P1 + "</p><p>"
                + P2 + "</p></article>";
        // 22:30 UTC on the 20th is the 20th or the 21st everywhere: the 19th is the day it was written, stamped on upload
        assertThat(extract(head, body).published()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
        // 09:00 UTC on the 20th is still the 19th west of UTC-9: the declared time stays
        String morning = head.replace("22:30", "09:00");
        assertThat(extract(morning, body).published()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void aTextThatSaysWhenItWasFirstPublishedBeatsTheDateLine() {
        String body = "<article><h1>Sea wall approved by the council</h1><div class=\"meta\">30 Sep 2026, 11:07am</div><p>" + P1 + "</p><p>"
                + P2 + "</p><p class=\"note\">This guide was originally published on 26 Sep 2019 and has been revised since.</p></article>";
        assertThat(extract("", body).published()).isEqualTo(Instant.parse("2019-09-26T00:00:00Z"));
        // in a reader's comment it is no statement about the article
        String comment = body.replace("<p class=\"note\">", "<p class=\"comment-body\">");
        assertThat(extract("", comment).published()).isEqualTo(Instant.parse("2026-09-30T00:00:00Z"));
    }

    @Test
    void aWireDatelineOpeningTheTextDatesAPageThatShowsNoOtherDate() {
        String body = "<div class=\"story\"><h4>Sea wall approved by the council</h4><p>By Ana Vel</p><p>PORTVILLE, Nov 20, 2026 (HNS) - "
                + P1 + " " + P2 + "</p><p>" + P3 + "</p></div>";
        assertThat(extract("", body).published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        // a date inside the prose is no dateline
        String prose = body.replace("PORTVILLE, Nov 20, 2026 (HNS) - ", "The vote, held on Nov 20, 2026, was close. ");
        assertThat(extract("", prose).published()).isNull();
    }
}
