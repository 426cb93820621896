package dev.newsloom.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Caps requests in flight per host:port so one slow publisher cannot take every connection and
 * we never hammer a single site, whatever the global limit allows.
 */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        if (perHost < 1) throw new IllegalArgumentException("maxPerHost must be at least 1, was " + perHost);
        this.perHost = perHost;
    }

    /** Blocks until the host has a free slot; the returned semaphore is the one to release. */
    Semaphore acquire(URI uri) throws InterruptedException {
        Semaphore s = permits.computeIfAbsent(key(uri), k -> new Semaphore(perHost, true));
        s.acquire();
        return s;
    }

    static String key(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
