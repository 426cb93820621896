package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AskLimiterTest {
    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsABurstThenOneQuestionPerIntervalAndOthersAreNotAffected() {
        Ticking clock = new Ticking();
        AskLimiter limiter = new AskLimiter(10, clock); // bursts of 5, one more every 6 s
        for (int i = 0; i < 5; i++) assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(6);
        assertThat(limiter.acquire("b")).as("another client").isZero();
        clock.now = clock.now.plus(Duration.ofSeconds(3));
        assertThat(limiter.acquire("a")).isEqualTo(3);
        clock.now = clock.now.plus(Duration.ofSeconds(3));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        clock.now = clock.now.plus(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) assertThat(limiter.acquire("a")).as("the burst is back, never more").isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }
}
