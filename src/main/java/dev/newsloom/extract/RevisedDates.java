package dev.newsloom.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;

/**
 * The date a page presents as its own when that is not the one it declares. A page that
 * declares its publication only in structured data (JSON-LD, microdata), never in the
 * {@code article:published_time} that sharing cards and readers' apps show, and prints by its
 * headline a later date ("Last updated: Sep 4, 2025") while the declared day appears nowhere in
 * its text, dates itself by what it prints: the structured value is the record's creation, which
 * the reader never sees. A page that does state {@code article:published_time} keeps it: there
 * the publisher says which date the article goes by, and a printed update is a revision.
 */
final class RevisedDates {
    private RevisedDates() {}

    /** The day printed by the headline, when it should stand for the declared date; otherwise null. */
    static Instant shownInstead(Document doc, Instant declared, ZoneOffset offset) {
        if (declared == null || statesPublication(doc)) return null;
        Instant shown = VisibleDates.nearHeadline(doc);
        if (shown == null) return null;
        LocalDate shownDay = shown.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate declaredDay = declared.atOffset(offset == null ? ZoneOffset.UTC : offset).toLocalDate();
        if (!shownDay.isAfter(declaredDay) || printed(doc, declaredDay)) return null;
        return shown;
    }

    private static boolean statesPublication(Document doc) {
        return Dates.parse(MetadataExtractor.meta(doc, "article:published_time")) != null
                || Dates.parse(MetadataExtractor.meta(doc, "og:published_time")) != null;
    }

    /**
     * Whether the page's text (not its scripts or attributes) writes the day anywhere. Its text
     * nodes are joined with spaces: a date split over elements ("<b>May</b> 4, 2025") reads
     * whole, and one run on to a time ("November 9, 2022<span>11:01 AM</span>") stays apart.
     */
    private static boolean printed(Document doc, LocalDate day) {
        return doc.body() != null && Dates.writes(Text.spaced(doc.body(), Integer.MAX_VALUE), day);
    }
}
