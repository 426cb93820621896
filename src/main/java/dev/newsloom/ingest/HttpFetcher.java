package dev.newsloom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/**
 * Fetches feeds and pages over HTTP with every cost bounded: connect and read time, body size
 * (after decompression), redirects, and requests in flight globally and per host. Every failure
 * is a {@link FetchException} whose message is one line an operator can act on. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

    private final FetcherConfig config;
    private final HttpClient client;
    private final Semaphore inFlight;
    private final HostLimiter hosts;
    /** Closes response streams whose deadline passed; the body is read on the caller's thread. */
    private final ScheduledThreadPoolExecutor watchdog;

    public HttpFetcher(FetcherConfig config) {
        if (config.maxConcurrency() < 1) throw new IllegalArgumentException("maxConcurrency must be at least 1");
        this.config = config;
        // redirects are followed by hand so they can be counted and loops reported
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
        this.inFlight = new Semaphore(config.maxConcurrency(), true);
        this.hosts = new HostLimiter(config.maxPerHost());
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "http-fetcher-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
    }

    /**
     * Fetches {@code uri}, following redirects. With {@code etag} or {@code lastModified} the request
     * is conditional and a 304 comes back as a response with status 304 and an empty body.
     */
    public FetchResponse fetch(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        URI current = checkHttp(uri, "not an http(s) URL: ");
        Set<URI> visited = new HashSet<>();
        visited.add(normalized(current));
        for (int redirects = 0; ; redirects++) {
            Hop hop = exchange(current, etag, lastModified);
            if (hop.response != null) return hop.response;
            if (redirects >= config.maxRedirects()) {
                throw new FetchException(hop.status, "too many redirects (more than " + config.maxRedirects()
                        + ") starting at " + uri);
            }
            URI next = hop.location;
            if (!visited.add(normalized(next))) {
                throw new FetchException(hop.status, "redirect loop at " + next + " (reached again from " + current + ")");
            }
            current = next;
        }
    }

    /** Either the final response or where to go next. */
    private record Hop(FetchResponse response, URI location, int status) {}

    private Hop exchange(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        Semaphore host = hosts.acquire(uri);
        try {
            inFlight.acquire();
            try {
                return exchangeWithPermits(uri, etag, lastModified);
            } finally {
                inFlight.release();
            }
        } finally {
            host.release();
        }
    }

    private Hop exchangeWithPermits(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        Duration timeout = config.readTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request(uri, etag, lastModified, timeout), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw describe(e, uri);
        }
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        InputStream body = response.body();
        if (status >= 300 && status < 400 && status != 304) {
            closeQuietly(body);
            String location = headers.firstValue("Location").orElse(null);
            if (location == null || location.isBlank()) {
                throw new FetchException(status, "HTTP " + status + " " + HttpStatus.reason(status)
                        + " without a Location header from " + uri);
            }
            return new Hop(null, resolveLocation(uri, location, status), status);
        }
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String newEtag = headers.firstValue("ETag").orElse(null);
        String newLastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            closeQuietly(body);
            return new Hop(new FetchResponse(uri, 304, contentType, new byte[0], newEtag, newLastModified), null, status);
        }
        if (status < 200 || status >= 300) {
            closeQuietly(body);
            String retryAfter = status == 429 || status == 503 ? headers.firstValue("Retry-After").orElse(null) : null;
            throw new FetchException(status, "HTTP " + status + " " + HttpStatus.reason(status) + " from " + uri, retryAfter);
        }
        long declared = declaredLength(headers);
        if (declared > config.maxBodyBytes()) {
            closeQuietly(body);
            throw overCap(status, uri);
        }
        byte[] bytes = readBody(body, headers.firstValue("Content-Encoding").orElse(null), deadline, uri, status);
        return new Hop(new FetchResponse(uri, status, contentType, bytes, newEtag, newLastModified), null, status);
    }

    private HttpRequest request(URI uri, String etag, String lastModified, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout) // bounds the wait for the response headers
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        // plain-http HTTP/2 would mean an h2c upgrade attempt that some servers mishandle
        if ("http".equalsIgnoreCase(uri.getScheme())) b.version(HttpClient.Version.HTTP_1_1);
        optionalHeader(b, "If-None-Match", etag);
        optionalHeader(b, "If-Modified-Since", lastModified);
        return b.build();
    }

    /** Validators are replayed from what a server once sent; one we cannot send just makes the fetch unconditional. */
    private static void optionalHeader(HttpRequest.Builder b, String name, String value) {
        if (value == null || value.isBlank()) return;
        try {
            b.header(name, value.strip());
        } catch (IllegalArgumentException invalidValue) {
            // skipped on purpose
        }
    }

    private static long declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1; // a garbled length is checked against the cap while reading instead
        }
    }

    /**
     * Reads the body on the calling thread. A watchdog closes the stream at the deadline, which
     * wakes a read blocked on a server that sent its headers and then went quiet.
     */
    private byte[] readBody(InputStream body, String contentEncoding, long deadline, URI uri, int status)
            throws FetchException, InterruptedException {
        AtomicBoolean expired = new AtomicBoolean();
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            closeQuietly(body);
            throw timedOut(uri);
        }
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            byte[] bytes = BodyReader.read(body, contentEncoding, config.maxBodyBytes());
            // a stream closed by the watchdog may simply look finished
            if (expired.get()) throw timedOut(uri);
            return bytes;
        } catch (BodyReader.TooLarge e) {
            throw overCap(status, uri);
        } catch (BodyReader.UnsupportedEncoding e) {
            throw new FetchException(status, "unsupported Content-Encoding \"" + e.getMessage() + "\" from " + uri);
        } catch (IOException e) {
            if (expired.get()) throw timedOut(uri);
            if (Thread.interrupted()) throw new InterruptedException("interrupted while reading " + uri);
            if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
                throw new FetchException(status, "corrupt compressed body from " + uri + " (" + oneLine(e) + ")");
            }
            throw new FetchException(status, "connection broke while reading " + uri + " (" + oneLine(e) + ")");
        } finally {
            alarm.cancel(false);
            closeQuietly(body);
        }
    }

    private FetchException overCap(int status, URI uri) {
        return new FetchException(status, "response body exceeds the " + ByteSizes.human(config.maxBodyBytes())
                + " cap at " + uri);
    }

    private FetchException timedOut(URI uri) {
        return new FetchException("timed out after " + ByteSizes.duration(config.readTimeout()) + " fetching " + uri);
    }

    /** Turns the HTTP client's exceptions, often without messages, into a readable line. */
    private FetchException describe(IOException e, URI uri) {
        String hostPort = uri.getHost() + ":" + HostLimiter.port(uri);
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException("could not connect to " + hostPort + " (timed out after "
                    + ByteSizes.duration(config.connectTimeout()) + ")");
        }
        if (e instanceof HttpTimeoutException) return timedOut(uri);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FetchException("could not resolve host " + uri.getHost() + " (DNS lookup failed)");
            }
            if (t instanceof SSLException) {
                return new FetchException("TLS handshake with " + hostPort + " failed (" + oneLine(t) + ")");
            }
        }
        if (e instanceof ConnectException) {
            String why = e.getMessage() == null || e.getMessage().toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused" : oneLine(e);
            return new FetchException("could not connect to " + hostPort + " (" + why + ")");
        }
        return new FetchException("network error fetching " + uri + " (" + oneLine(e) + ")");
    }

    private static URI resolveLocation(URI from, String location, int status) throws FetchException {
        URI next;
        try {
            next = from.resolve(location.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new FetchException(status, "malformed redirect Location \"" + location + "\" from " + from);
        }
        return checkHttp(next, "redirect from " + from + " to a non-http(s) URL: ");
    }

    private static URI checkHttp(URI uri, String complaint) throws FetchException {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new FetchException(complaint + uri);
        }
        return uri;
    }

    /** The fragment never reaches the server, so it must not make two URLs look different. */
    private static URI normalized(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path + query).normalize();
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        return m.replaceAll("\\s+", " ").strip();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to learn from a stream we are abandoning
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.shutdownNow();
    }
}
