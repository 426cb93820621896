package dev.newsloom.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * When and how the flaky publisher's feed fails: outages of four to seven minutes, ten to
 * twenty-five minutes apart, the first two to four minutes after the newsroom starts, each of one
 * kind, the kinds taken in turn in an order drawn from the seed. The same seed and start give the
 * same schedule. With the demo's one-minute refresh an outage costs two or three fetches, each
 * backed off longer than the last, and the next fetch after it succeeds: the feed still lists what
 * was published meanwhile, so nothing is lost.
 */
public final class FeedTrouble {
    /** How far ahead the schedule is drawn; the demo's world runs out of news well before. */
    static final Duration HORIZON = Duration.ofDays(3);

    /** The ways a real feed fails, as the newsroom serves them. */
    public enum Kind {
        /** HTTP 500 with an error page: the publisher's system crashed. */
        SERVER_ERROR,
        /** HTTP 503 with Retry-After set to the end of the outage: maintenance. */
        UNAVAILABLE,
        /** HTTP 200 with the feed cut off mid-document: the system died while writing it. */
        MALFORMED,
        /** The feed, but only after {@link NewsroomOptions#slowAnswer()}: an overloaded server. */
        SLOW
    }

    /** One outage: the feed fails from {@code from} (inclusive) to {@code until} (exclusive). */
    public record Outage(Instant from, Instant until, Kind kind) {
        public boolean covers(Instant t) {
            return !t.isBefore(from) && t.isBefore(until);
        }
    }

    private final List<Outage> outages;

    FeedTrouble(long seed, Instant start) {
        Random random = new Random(Newsroom.mix(seed, -2));
        List<Kind> order = new ArrayList<>(List.of(Kind.values()));
        Collections.shuffle(order, random);
        List<Outage> all = new ArrayList<>();
        Instant end = start.plus(HORIZON);
        Instant t = start.plusSeconds(120 + random.nextInt(121));
        for (int i = 0; t.isBefore(end); i++) {
            Instant until = t.plusSeconds(240 + random.nextInt(181));
            all.add(new Outage(t, until, order.get(i % order.size())));
            t = until.plusSeconds(600 + random.nextInt(901));
        }
        this.outages = List.copyOf(all);
    }

    public List<Outage> outages() {
        return outages;
    }

    public Optional<Outage> at(Instant t) {
        for (Outage o : outages) {
            if (o.covers(t)) return Optional.of(o);
            if (o.from().isAfter(t)) break;
        }
        return Optional.empty();
    }
}
