package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefreshPolicyTest {
    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final RefreshPolicy policy = new RefreshPolicy(new Random(7));

    @Test
    void backoffDoublesFromOneMinuteUpToSixHours() {
        assertThat(RefreshPolicy.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RefreshPolicy.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RefreshPolicy.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RefreshPolicy.backoff(12)).isEqualTo(Duration.ofHours(6));
        assertThat(RefreshPolicy.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void successWaitsTheIntervalWithinTenPercentJitter() {
        for (int i = 0; i < 200; i++) {
            Duration d = Duration.between(now, policy.nextAfterSuccess(now, 10));
            assertThat(d).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
        }
    }

    @Test
    void jitterActuallySpreadsSources() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> policy.nextAfterSuccess(now, 10)).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void failuresWaitLongerEachTime() {
        Duration third = Duration.between(now, policy.nextAfterFailure(now, 3));
        Duration sixth = Duration.between(now, policy.nextAfterFailure(now, 6));
        assertThat(third).isBetween(Duration.ofSeconds(216), Duration.ofSeconds(264));
        assertThat(sixth).isGreaterThan(third.multipliedBy(6));
    }

    @Test
    void aServersRetryAfterIsFollowedWhenItAsksForLongerThanTheBackoff() {
        // seconds: an hour asked, against a first back-off of about a minute
        assertThat(policy.nextAfterFailure(now, 1, "3600")).isEqualTo(now.plusSeconds(3600));
        // an HTTP date
        assertThat(policy.nextAfterFailure(now, 1, "Tue, 24 Nov 2026 14:30:00 GMT")).isEqualTo(Instant.parse("2026-11-24T14:30:00Z"));
        // shorter than the back-off, in the past, unreadable or absent: the back-off
        for (String header : new String[] {"10", "Tue, 24 Nov 2026 11:00:00 GMT", "soon", "", null}) {
            assertThat(Duration.between(now, policy.nextAfterFailure(now, 3, header))).as(String.valueOf(header))
                    .isBetween(Duration.ofSeconds(216), Duration.ofSeconds(264));
        }
        // a week asked is a day
        assertThat(policy.nextAfterFailure(now, 1, Long.toString(7 * 24 * 3600))).isEqualTo(now.plus(Duration.ofHours(24)));
    }
}
