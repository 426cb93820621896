package dev.newsloom.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the newsroom over real HTTP on loopback: each publisher's home page, feed, article pages
 * and lead images, with ETag/Last-Modified revalidation and gzip. At start the backfill window is
 * already published with real past timestamps; afterwards the next scheduled article appears every
 * publish interval (or on {@link #publishNext()}), stamped with the current time.
 */
public final class NewsroomServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NewsroomServer.class);

    private final Newsroom newsroom;
    private final NewsroomOptions options;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService publisher;
    private final URI baseUri;
    private final SiteRenderer renderer;
    private final Map<String, Publisher> publishers = new LinkedHashMap<>();
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private final List<Draft> queue;
    /** The flaky publisher's outages; null when every feed always answers. */
    private final FeedTrouble trouble;
    private int nextDraft;
    /** Replaced whole on every publication, so request threads read a consistent state without locks. */
    private volatile Snapshot snapshot;

    private record Snapshot(List<DemoArticle> inOrder, Map<String, DemoArticle> byPath, Map<String, DemoArticle> byId,
                            Map<String, List<DemoArticle>> byPublisher, Map<String, Instant> modified) {}

    private NewsroomServer(Newsroom newsroom, NewsroomOptions options) throws IOException {
        this.newsroom = newsroom;
        this.options = options;
        for (Publisher p : newsroom.publishers()) publishers.put(p.slug(), p);
        this.queue = newsroom.drafts();

        Instant now = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Instant origin = now.minus(options.backfill());
        List<DemoArticle> backfilled = new ArrayList<>();
        while (nextDraft < queue.size() && queue.get(nextDraft).offset().compareTo(options.backfill()) <= 0) {
            Draft d = queue.get(nextDraft++);
            backfilled.add(d.publishAt(origin.plus(d.offset())));
        }
        this.snapshot = snapshotOf(backfilled, Map.of(), now);
        this.trouble = options.flakyFeed() ? new FeedTrouble(newsroom.seed(), now) : null;

        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        this.handlers = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
        http.start();
        this.baseUri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        this.renderer = new SiteRenderer(baseUri);

        if (options.publishesLive()) {
            publisher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "demo-newsroom-publisher");
                t.setDaemon(true);
                return t;
            });
            long every = options.publishInterval().toMillis();
            publisher.scheduleAtFixedRate(this::publishQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            publisher = null;
        }
        log.info("Demo newsroom at {} with {} publishers, {} articles published, {} scheduled", baseUri,
                publishers.size(), backfilled.size(), queue.size() - nextDraft);
    }

    public static NewsroomServer start(Newsroom newsroom, NewsroomOptions options) {
        try {
            return new NewsroomServer(newsroom, options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the demo newsroom on port " + options.port(), e);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The address to subscribe to per publisher slug; for the discovery publisher, its home page. */
    public Map<String, URI> feedUris() {
        Map<String, URI> uris = new LinkedHashMap<>();
        for (Publisher p : publishers.values()) uris.put(p.slug(), baseUri.resolve(p.advertisedFeedPath()));
        return uris;
    }

    public List<Publisher> publishers() {
        return List.copyOf(publishers.values());
    }

    /** The publisher whose feed fails now and then; empty unless the options ask for a flaky feed. */
    public Optional<Publisher> flakyPublisher() {
        return trouble == null ? Optional.empty() : Optional.of(publishers.get(Publishers.FLAKY));
    }

    /** When and how the flaky publisher's feed fails, in order; empty without a flaky feed. */
    public List<FeedTrouble.Outage> outages() {
        return trouble == null ? List.of() : trouble.outages();
    }

    public Newsroom newsroom() {
        return newsroom;
    }

    /** Ground truth of everything published so far, in publication order. */
    public List<DemoArticle> published() {
        return snapshot.inOrder();
    }

    public Optional<DemoArticle> byPath(String path) {
        return Optional.ofNullable(snapshot.byPath().get(path));
    }

    /** How many articles are still waiting to be published. */
    public synchronized int remaining() {
        return queue.size() - nextDraft;
    }

    /** Publishes the next scheduled article now; empty once the world has run out of news. */
    public synchronized Optional<DemoArticle> publishNext() {
        if (nextDraft >= queue.size()) return Optional.empty();
        Instant now = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        DemoArticle article = queue.get(nextDraft++).publishAt(now);
        Snapshot current = snapshot;
        List<DemoArticle> all = new ArrayList<>(current.inOrder().size() + 1);
        all.addAll(current.inOrder());
        all.add(article);
        Map<String, Instant> modified = new LinkedHashMap<>(current.modified());
        // a feed must look changed to If-Modified-Since clients even if two items land in one second
        Instant previous = modified.get(article.publisherSlug());
        modified.put(article.publisherSlug(), previous != null && !now.isAfter(previous) ? previous.plusSeconds(1) : now);
        snapshot = snapshotOf(all, modified, now);
        return Optional.of(article);
    }

    private void publishQuietly() {
        try {
            publishNext();
        } catch (RuntimeException e) {
            log.warn("Demo newsroom could not publish the next article", e);
        }
    }

    private Snapshot snapshotOf(List<DemoArticle> inOrder, Map<String, Instant> modified, Instant now) {
        Map<String, DemoArticle> byPath = new ConcurrentHashMap<>();
        Map<String, DemoArticle> byId = new ConcurrentHashMap<>();
        Map<String, List<DemoArticle>> byPublisher = new LinkedHashMap<>();
        for (Publisher p : publishers.values()) byPublisher.put(p.slug(), new ArrayList<>());
        for (DemoArticle a : inOrder) {
            byPath.put(a.path(), a);
            byId.put(a.id(), a);
            byPublisher.get(a.publisherSlug()).add(a);
        }
        Map<String, Instant> mod = new LinkedHashMap<>(modified);
        for (var e : byPublisher.entrySet()) {
            List<DemoArticle> list = e.getValue();
            if (!mod.containsKey(e.getKey())) {
                mod.put(e.getKey(), list.isEmpty() ? now : list.get(list.size() - 1).published());
            }
            e.setValue(List.copyOf(list));
        }
        return new Snapshot(List.copyOf(inOrder), Map.copyOf(byPath), Map.copyOf(byId), Map.copyOf(byPublisher), Map.copyOf(mod));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath());
        } catch (RuntimeException e) {
            log.warn("Demo newsroom failed on {}", exchange.getRequestURI(), e);
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        Snapshot state = snapshot;
        if (path.equals("/")) {
            respond(exchange, "text/html; charset=utf-8", renderer.index(List.copyOf(publishers.values())), null, true);
            return;
        }
        int slash = path.indexOf('/', 1);
        Publisher p = publishers.get(slash < 0 ? path.substring(1) : path.substring(1, slash));
        if (p != null) {
            List<DemoArticle> own = state.byPublisher().get(p.slug());
            Instant modified = state.modified().get(p.slug());
            if (path.equals(p.homePath()) || path.equals("/" + p.slug())) {
                respond(exchange, "text/html; charset=" + p.charset(), renderer.homePage(p, newest(own, 20)), modified, true);
                return;
            }
            if (path.equals(p.feedPath())) {
                byte[] feed = renderer.feed(p, newest(own, options.feedSize()), modified);
                if (trouble != null && p.slug().equals(Publishers.FLAKY)) {
                    Optional<FeedTrouble.Outage> outage = trouble.at(options.clock().instant());
                    if (outage.isPresent() && failFeed(exchange, p, feed, outage.get())) return;
                }
                respond(exchange, p.feedFormat().mediaType() + "; charset=" + p.charset(), feed, modified, true);
                return;
            }
            String imagePrefix = "/" + p.slug() + "/img/";
            if (path.startsWith(imagePrefix) && path.endsWith(".png")) {
                DemoArticle a = state.byId().get(path.substring(imagePrefix.length(), path.length() - 4));
                if (a != null && path.equals(a.imagePath())) {
                    respond(exchange, "image/png", images.computeIfAbsent(a.id(), ImageMaker::png), a.published(), false);
                    return;
                }
            }
            DemoArticle a = state.byPath().get(path);
            if (a != null) {
                byte[] page = renderer.articlePage(p, a, state.byPublisher().get(p.slug()));
                respond(exchange, "text/html; charset=" + p.charset(), page, a.published(), true);
                return;
            }
        }
        byte[] body = "<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>404 Not Found</h1></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(404, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
        if (!exchange.getRequestMethod().equals("HEAD")) exchange.getResponseBody().write(body);
    }

    /**
     * Answers the feed request as the outage's kind of failure does; false when the request is to
     * be answered normally after all (a slow answer, once its wait is over).
     */
    private boolean failFeed(HttpExchange exchange, Publisher p, byte[] feed, FeedTrouble.Outage outage) throws IOException {
        var headers = exchange.getResponseHeaders();
        switch (outage.kind()) {
            case SERVER_ERROR -> {
                sendError(exchange, 500, "500 Internal Server Error",
                        "The server encountered an internal error and was unable to complete your request.");
                return true;
            }
            case UNAVAILABLE -> {
                long seconds = Math.max(1, Duration.between(options.clock().instant(), outage.until()).toSeconds() + 1);
                headers.set("Retry-After", Long.toString(seconds));
                sendError(exchange, 503, "503 Service Unavailable",
                        p.name() + " is down for scheduled maintenance. Please try again shortly.");
                return true;
            }
            case MALFORMED -> {
                // the publishing system died while writing: no validators, the document stops mid-element
                byte[] cut = java.util.Arrays.copyOf(feed, feed.length * 3 / 5);
                headers.set("Content-Type", p.feedFormat().mediaType() + "; charset=" + p.charset());
                headers.set("Cache-Control", "no-cache");
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : cut.length);
                if (!head) exchange.getResponseBody().write(cut);
                return true;
            }
            case SLOW -> {
                try {
                    Thread.sleep(options.slowAnswer());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    private static void sendError(HttpExchange exchange, int status, String title, String message) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>"
                + Html.text(message) + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }

    private static List<DemoArticle> newest(List<DemoArticle> inOrder, int limit) {
        List<DemoArticle> out = new ArrayList<>(Math.min(limit, inOrder.size()));
        for (int i = inOrder.size() - 1; i >= 0 && out.size() < limit; i--) out.add(inOrder.get(i));
        return out;
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body, Instant lastModified,
                                boolean compressible) throws IOException {
        var headers = exchange.getResponseHeaders();
        String etag = etag(body);
        headers.set("Content-Type", contentType);
        headers.set("ETag", etag);
        headers.set("Cache-Control", "no-cache");
        if (compressible) headers.set("Vary", "Accept-Encoding");
        if (lastModified != null) headers.set("Last-Modified", httpDate(lastModified));
        if (notModified(exchange, etag, lastModified)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        byte[] out = body;
        if (compressible && accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip")) {
            out = gzip(body);
            headers.set("Content-Encoding", "gzip");
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(out.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    /** RFC 9110: If-None-Match wins when present; If-Modified-Since is only consulted without it. */
    private static boolean notModified(HttpExchange exchange, String etag, Instant lastModified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) tag = tag.substring(2);
                if (tag.equals(etag) || tag.equals("*")) return true;
            }
            return false;
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null || lastModified == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    static String httpDate(Instant t) {
        return HTTP_DATE.format(t);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
            zip.write(body);
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        if (publisher != null) publisher.shutdownNow();
        http.stop(0);
        handlers.shutdownNow();
    }
}
