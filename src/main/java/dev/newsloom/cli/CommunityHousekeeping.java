package dev.newsloom.cli;

import dev.newsloom.community.Community;
import dev.newsloom.community.RateEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hourly: expired sessions and rate-limit events older than any window are removed from the store. */
final class CommunityHousekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommunityHousekeeping.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "community-housekeeping");
        t.setDaemon(true);
        return t;
    });

    static CommunityHousekeeping start(Community community, RateEvents events, Clock clock) {
        CommunityHousekeeping h = new CommunityHousekeeping();
        h.timer.scheduleWithFixedDelay(() -> {
            try {
                int sessions = community.sessions().purgeExpired();
                int old = events.purgeBefore(clock.instant().minus(Duration.ofDays(2)));
                if (sessions + old > 0) log.debug("Removed {} expired sessions and {} old rate events", sessions, old);
            } catch (RuntimeException e) {
                log.warn("Community housekeeping failed: {}", e.toString());
            }
        }, 1, 60, TimeUnit.MINUTES);
        return h;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
