package dev.newsloom.community;

import java.time.Duration;
import java.time.Instant;

/** Sliding-window limits over {@link RateEvents}, refusing with the time to wait. */
final class Limits {
    private Limits() {}

    static void check(RateEvents events, String key, int limit, Duration window, Instant now, String message) {
        Instant since = now.minus(window);
        if (events.count(key, since) < limit) return;
        Instant oldest = events.oldest(key, since).orElse(now);
        throw throttled(message, Duration.between(now, oldest.plus(window)));
    }

    static AccountException throttled(String message, Duration wait) {
        Duration w = wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
        return new AccountException(AccountException.Kind.THROTTLED, message + " Try again in " + describe(w) + ".", w);
    }

    static String describe(Duration d) {
        long minutes = (d.toSeconds() + 59) / 60;
        if (minutes <= 1) return "a minute";
        if (minutes < 90) return minutes + " minutes";
        long hours = (minutes + 59) / 60;
        return hours + " hours";
    }
}
