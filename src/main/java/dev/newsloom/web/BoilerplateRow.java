package dev.newsloom.web;

import dev.newsloom.extract.LearnedBoilerplate;
import java.time.Instant;

/** A line learned as a source's boilerplate, as the operator reads it on the source's page. */
public record BoilerplateRow(String text, int articles, String share, String lastSeen, String isoLastSeen) {
    static BoilerplateRow of(LearnedBoilerplate.Learned l, Instant now) {
        return new BoilerplateRow(l.text(), l.articles(), Math.round(l.share() * 100) + "%",
                RelativeTime.format(l.lastSeen(), now), RelativeTime.iso(l.lastSeen()));
    }
}
