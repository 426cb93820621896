package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {
    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

    private String ago(Duration d) {
        return RelativeTime.format(now.minus(d), now);
    }

    @Test
    void readsLikeANewsSite() {
        assertThat(ago(Duration.ofSeconds(10))).isEqualTo("just now");
        assertThat(ago(Duration.ofSeconds(70))).isEqualTo("a minute ago");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("5 minutes ago");
        assertThat(ago(Duration.ofMinutes(61))).isEqualTo("an hour ago");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofHours(26))).isEqualTo("a day ago");
        assertThat(ago(Duration.ofDays(4))).isEqualTo("4 days ago");
        assertThat(ago(Duration.ofDays(90))).isEqualTo("26 Aug 2026");
    }

    @Test
    void futureTimesFromSkewedClocksReadAsJustNow() {
        assertThat(RelativeTime.format(now.plusSeconds(120), now)).isEqualTo("just now");
    }

    @Test
    void isoAndAbsoluteForTheTimeElement() {
        Instant t = Instant.parse("2026-11-24T09:05:00Z");
        assertThat(RelativeTime.iso(t)).isEqualTo("2026-11-24T09:05:00Z");
        assertThat(RelativeTime.absolute(t)).isEqualTo("24 Nov 2026, 09:05 UTC");
        assertThat(RelativeTime.format(null, now)).isEmpty();
    }
}
