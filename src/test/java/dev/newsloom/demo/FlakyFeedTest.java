package dev.newsloom.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The flaky publisher's feed over real HTTP: each kind of outage as served, and the schedule it follows. */
class FlakyFeedTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void scheduleIsDeterministicFromTheSeedAndTakesEveryKindInTurn() {
        List<FeedTrouble.Outage> outages = new FeedTrouble(42, START).outages();
        assertThat(new FeedTrouble(42, START).outages()).isEqualTo(outages);
        assertThat(new FeedTrouble(43, START).outages()).isNotEqualTo(outages);
        // soon enough for someone trying the demo to see, and the next only after a recovery
        assertThat(outages.get(0).from()).isBetween(START.plusSeconds(120), START.plusSeconds(240));
        int kinds = FeedTrouble.Kind.values().length;
        for (int i = 0; i < outages.size(); i++) {
            FeedTrouble.Outage o = outages.get(i);
            assertThat(Duration.between(o.from(), o.until())).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(7));
            if (i > 0) {
                assertThat(Duration.between(outages.get(i - 1).until(), o.from()))
                        .isBetween(Duration.ofMinutes(10), Duration.ofMinutes(25));
            }
            if (i >= kinds) assertThat(o.kind()).isEqualTo(outages.get(i - kinds).kind());
        }
        EnumSet<FeedTrouble.Kind> first = EnumSet.noneOf(FeedTrouble.Kind.class);
        for (FeedTrouble.Outage o : outages.subList(0, kinds)) first.add(o.kind());
        assertThat(first).containsExactlyInAnyOrder(FeedTrouble.Kind.values());
        assertThat(outages.get(outages.size() - 1).from()).isAfter(START.plus(Duration.ofDays(2)));
    }

    @Test
    void theFlakyFeedFailsAsEachOutageSaysAndOnlyThen() throws Exception {
        MutableClock clock = new MutableClock(START);
        Duration slow = Duration.ofMillis(1500);
        try (NewsroomServer server = NewsroomServer.start(new Newsroom(42, 120), NewsroomOptions.manual()
                .withBackfill(Duration.ofHours(6)).withClock(clock).withFlakyFeed(true).withSlowAnswer(slow))) {
            Publisher flaky = server.flakyPublisher().orElseThrow();
            assertThat(flaky.paywalled()).isFalse();
            URI feed = server.baseUri().resolve(flaky.feedPath());
            URI other = server.feedUris().values().stream().filter(u -> !u.equals(feed)).findFirst().orElseThrow();
            assertThat(get(feed).statusCode()).isEqualTo(200);
            for (FeedTrouble.Outage o : server.outages().subList(0, FeedTrouble.Kind.values().length)) {
                clock.advance(Duration.between(clock.instant(), o.from().plusSeconds(30)));
                assertThat(get(other).statusCode()).isEqualTo(200);
                switch (o.kind()) {
                    case SERVER_ERROR -> assertThat(get(feed).statusCode()).isEqualTo(500);
                    case UNAVAILABLE -> {
                        HttpResponse<byte[]> r = get(feed);
                        assertThat(r.statusCode()).isEqualTo(503);
                        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
                        assertThat(retryAfter).isBetween(Duration.between(clock.instant(), o.until()).toSeconds(),
                                Duration.between(clock.instant(), o.until()).toSeconds() + 1);
                    }
                    case MALFORMED -> {
                        HttpResponse<byte[]> r = get(feed);
                        assertThat(r.statusCode()).isEqualTo(200);
                        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(flaky.feedFormat().mediaType());
                        assertThat(r.body().length).isGreaterThan(1000);
                        assertThatThrownBy(() -> parse(r.body())).isInstanceOf(SAXParseException.class);
                    }
                    case SLOW -> {
                        HttpRequest impatient = HttpRequest.newBuilder(feed).timeout(slow.dividedBy(3)).build();
                        assertThatThrownBy(() -> CLIENT.send(impatient, HttpResponse.BodyHandlers.ofByteArray()))
                                .isInstanceOf(HttpTimeoutException.class);
                        // a client that waits long enough gets the whole feed
                        HttpResponse<byte[]> patient = get(feed);
                        assertThat(patient.statusCode()).isEqualTo(200);
                        parse(patient.body());
                    }
                }
                clock.advance(Duration.between(clock.instant(), o.until()));
                assertThat(get(feed).statusCode()).as("recovered after " + o.kind()).isEqualTo(200);
            }
        }
    }

    @Test
    void withoutTheOptionEveryFeedAlwaysAnswers() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (NewsroomServer server = NewsroomServer.start(new Newsroom(42, 120),
                NewsroomOptions.manual().withBackfill(Duration.ofHours(6)).withClock(clock))) {
            assertThat(server.flakyPublisher()).isEmpty();
            assertThat(server.outages()).isEmpty();
            List<FeedTrouble.Outage> wouldBe = new FeedTrouble(42, START).outages();
            for (FeedTrouble.Outage o : wouldBe.subList(0, FeedTrouble.Kind.values().length)) {
                clock.advance(Duration.between(clock.instant(), o.from().plusSeconds(30)));
                for (URI feed : server.feedUris().values()) assertThat(get(feed).statusCode()).isEqualTo(200);
            }
        }
    }

    /** Parses quietly: the JDK's default handler prints fatal errors to stderr before throwing them. */
    private static void parse(byte[] xml) throws Exception {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        builder.parse(new ByteArrayInputStream(xml));
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
