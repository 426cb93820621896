package dev.newsloom.web;

import dev.newsloom.model.FetchAttempt;
import java.time.Instant;

public record AttemptRow(String isoTime, String relativeTime, String outcome, int httpStatus, long durationMillis,
        int newArticles, String error) {

    static AttemptRow of(FetchAttempt a, Instant now) {
        return new AttemptRow(RelativeTime.iso(a.startedAt()), RelativeTime.format(a.startedAt(), now), a.outcome(),
                a.httpStatus(), a.durationMillis(), a.newArticles(),
                dev.newsloom.ingest.FailureReasons.shown(a.error()));
    }
}
