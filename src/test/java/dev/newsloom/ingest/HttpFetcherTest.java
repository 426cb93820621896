package dev.newsloom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.newsloom.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class HttpFetcherTest {
    private static final String FEED = "<rss version=\"2.0\"><channel><title>Millbrook Echo</title></channel></rss>";

    private LoopbackServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<HttpFetcher> fetchers = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetchers.forEach(HttpFetcher::close);
        server.close();
    }

    private HttpFetcher fetcher(FetcherConfig config) {
        HttpFetcher f = new HttpFetcher(config);
        fetchers.add(f);
        return f;
    }

    private HttpFetcher fetcher() {
        return fetcher(FetcherConfig.defaults().withReadTimeout(Duration.ofSeconds(5)));
    }

    private URI url(String path) {
        return URI.create(server.url(path));
    }

    private static String text(FetchResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void etagMakesTheNextFetchConditionalAnd304ComesBackEmpty() throws Exception {
        server.route("/feed.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, new byte[0]);
            } else {
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8));
            }
        });
        HttpFetcher f = fetcher();

        FetchResponse first = f.fetch(url("/feed.xml"), null, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.notModified()).isFalse();
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(text(first)).isEqualTo(FEED);
        assertThat(first.finalUri()).isEqualTo(url("/feed.xml"));

        FetchResponse second = f.fetch(url("/feed.xml"), first.etag(), null);
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void lastModifiedMakesTheNextFetchConditional() throws Exception {
        String stamp = "Tue, 24 Nov 2026 09:30:00 GMT";
        server.route("/feed.xml", ex -> {
            if (stamp.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                send(ex, 304, new byte[0]);
            } else {
                ex.getResponseHeaders().set("Last-Modified", stamp);
                send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8));
            }
        });
        HttpFetcher f = fetcher();

        FetchResponse first = f.fetch(url("/feed.xml"), null, null);
        assertThat(first.lastModified()).isEqualTo(stamp);
        assertThat(f.fetch(url("/feed.xml"), null, first.lastModified()).notModified()).isTrue();
    }

    @Test
    void sendsOurUserAgentAndAsksForFeedsAndCompression() throws Exception {
        AtomicReference<String> agent = new AtomicReference<>(), accept = new AtomicReference<>(), encoding = new AtomicReference<>();
        server.route("/ua", ex -> {
            agent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            accept.set(ex.getRequestHeaders().getFirst("Accept"));
            encoding.set(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8));
        });
        fetcher().fetch(url("/ua"), null, null);

        assertThat(agent.get()).contains("Newsloom");
        assertThat(accept.get()).contains("application/rss+xml").contains("application/atom+xml").contains("text/html");
        assertThat(encoding.get()).contains("gzip");
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws Exception {
        byte[] plain = FEED.repeat(50).getBytes(StandardCharsets.UTF_8);
        server.route("/gz", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(plain);
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, buf.toByteArray());
        });
        server.route("/deflate", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (OutputStream z = new DeflaterOutputStream(buf)) {
                z.write(plain);
            }
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            send(ex, 200, buf.toByteArray());
        });
        HttpFetcher f = fetcher();

        assertThat(f.fetch(url("/gz"), null, null).body()).isEqualTo(plain);
        assertThat(f.fetch(url("/deflate"), null, null).body()).isEqualTo(plain);
    }

    @Test
    void relativeRedirectsAreFollowedAndTheFinalUriReported() throws Exception {
        server.route("/old/feed", ex -> {
            ex.getResponseHeaders().set("Location", "../moved/here.xml");
            send(ex, 301, new byte[0]);
        });
        server.route("/moved/here.xml", ex -> {
            ex.getResponseHeaders().set("Location", "/final.xml");
            send(ex, 307, new byte[0]);
        });
        server.text("/final.xml", "application/rss+xml", FEED);

        FetchResponse r = fetcher().fetch(url("/old/feed"), null, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUri()).isEqualTo(url("/final.xml"));
        assertThat(text(r)).isEqualTo(FEED);
    }

    @Test
    void aRedirectLoopIsReported() {
        server.route("/loop-a", ex -> {
            ex.getResponseHeaders().set("Location", "/loop-b");
            send(ex, 302, new byte[0]);
        });
        server.route("/loop-b", ex -> {
            ex.getResponseHeaders().set("Location", server.url("/loop-a"));
            send(ex, 302, new byte[0]);
        });

        assertThatThrownBy(() -> fetcher().fetch(url("/loop-a"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("redirect loop at " + server.url("/loop-a"));
    }

    @Test
    void tooManyRedirectsAreReported() {
        AtomicInteger hops = new AtomicInteger();
        server.route("/hop/", ex -> {
            ex.getResponseHeaders().set("Location", "/hop/" + hops.incrementAndGet());
            send(ex, 302, new byte[0]);
        });

        assertThatThrownBy(() -> fetcher().fetch(url("/hop/0"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("too many redirects (more than 5) starting at " + server.url("/hop/0"));
        assertThat(hops.get()).isEqualTo(6);
    }

    @Test
    void errorStatusesCarryTheirNumberAndReason() {
        server.status("/missing", 404).status("/gone", 410).status("/broken", 500);
        HttpFetcher f = fetcher();

        assertThatThrownBy(() -> f.fetch(url("/missing"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.getMessage()).isEqualTo("HTTP 404 Not Found from " + server.url("/missing"));
        });
        assertThatThrownBy(() -> f.fetch(url("/gone"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(410);
            assertThat(e.getMessage()).contains("HTTP 410 Gone (the feed was removed)");
        });
        assertThatThrownBy(() -> f.fetch(url("/broken"), null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.getMessage()).contains("HTTP 500 Internal Server Error");
        });
    }

    @Test
    void aServerThatSendsHeadersThenStallsTimesOut() {
        server.route("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        });
        HttpFetcher f = fetcher(FetcherConfig.defaults().withReadTimeout(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> f.fetch(url("/trickle"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("timed out after 1s fetching " + server.url("/trickle"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.route("/silent", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher f = fetcher(FetcherConfig.defaults().withReadTimeout(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> f.fetch(url("/silent"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out after 1s");
    }

    @Test
    void aBodyOverTheCapIsRefusedWithOrWithoutContentLength() {
        byte[] big = "x".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        server.route("/sized", ex -> send(ex, 200, big));
        server.route("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) out.write(big, 0, 10_000);
            } catch (IOException clientGaveUp) {
                // expected once the fetcher stops reading
            }
        });
        HttpFetcher f = fetcher(FetcherConfig.defaults().withMaxBodyBytes(200_000));

        assertThatThrownBy(() -> f.fetch(url("/sized"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("exceeds the 200 KB cap");
        assertThatThrownBy(() -> f.fetch(url("/chunked"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("exceeds the 200 KB cap");
    }

    @Test
    void aGzipBombIsStoppedAtTheCap() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buf)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) gz.write(zeros); // 64 MB inflated
        }
        byte[] bomb = buf.toByteArray();
        assertThat(bomb.length).isLessThan(200_000);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            try {
                send(ex, 200, bomb);
            } catch (IOException clientGaveUp) {
                // expected
            }
        });
        HttpFetcher f = fetcher(FetcherConfig.defaults().withMaxBodyBytes(1024 * 1024));

        assertThatThrownBy(() -> f.fetch(url("/bomb"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("exceeds the 1 MB cap");
    }

    @Test
    void noMoreThanMaxPerHostRequestsRunAtOnce() throws Exception {
        AtomicInteger current = new AtomicInteger(), max = new AtomicInteger();
        server.route("/slow", ex -> {
            int now = current.incrementAndGet();
            max.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current.decrementAndGet();
            send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher(new FetcherConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 1_000_000, 5, 16, 2, "Newsloom-test"));

        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<FetchResponse>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) results.add(pool.submit(() -> f.fetch(url("/slow"), null, null)));
            for (Future<FetchResponse> r : results) assertThat(r.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(max.get()).isBetween(1, 2);
    }

    @Test
    void noMoreThanMaxConcurrencyRequestsRunAtOnce() throws Exception {
        AtomicInteger current = new AtomicInteger(), max = new AtomicInteger();
        server.route("/slow", ex -> {
            max.accumulateAndGet(current.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current.decrementAndGet();
            send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher(new FetcherConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 1_000_000, 5, 1, 4, "Newsloom-test"));

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<FetchResponse>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) results.add(pool.submit(() -> f.fetch(url("/slow"), null, null)));
            for (Future<FetchResponse> r : results) r.get(30, TimeUnit.SECONDS);
        }
        assertThat(max.get()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionHasAReadableReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/feed.xml");

        assertThatThrownBy(() -> fetcher().fetch(closed, null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("could not connect to 127.0.0.1:" + port + " (connection refused)")
                .satisfies(e -> assertThat(((FetchException) e).httpStatus()).isZero());
    }

    @Test
    void nonHttpUrlsAreRefused() {
        assertThatThrownBy(() -> fetcher().fetch(URI.create("file:///etc/passwd"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("not an http(s) URL");
    }
}
