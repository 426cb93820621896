package dev.newsloom.ai;

import java.time.Instant;
import java.util.List;

/** The dated developments of a story, earliest first. */
public record Timeline(List<Entry> entries, List<SourceRef> sources) {
    public Timeline {
        entries = List.copyOf(entries);
        sources = List.copyOf(sources);
    }

    /**
     * @param when      the moment (a publication) or the first instant of the day, month or year stated
     * @param precision "minute" for a publication, else "day", "month" or "year"
     * @param kind      "reported": what a publication added when it appeared; "stated": a date the text gives
     * @param upcoming  the date lies after the latest report: something expected, not yet happened
     */
    public record Entry(Instant when, String precision, String kind, boolean upcoming, String reportedBy, Cited text) {}
}
