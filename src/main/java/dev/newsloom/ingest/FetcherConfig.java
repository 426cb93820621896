package dev.newsloom.ingest;

import java.time.Duration;

/**
 * Limits every fetch obeys. Bounded everywhere: a slow, huge or looping server costs at most
 * {@code readTimeout}, {@code maxBodyBytes} and {@code maxRedirects}.
 */
public record FetcherConfig(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int maxConcurrency,
        int maxPerHost,
        String userAgent) {

    public static final String USER_AGENT = "Newsloom/0.1 (+https://github.com/newsloom/newsloom; self-hosted news reader)";

    public static FetcherConfig defaults() {
        return new FetcherConfig(Duration.ofSeconds(10), Duration.ofSeconds(20), 10L * 1024 * 1024, 5, 16, 2, USER_AGENT);
    }

    public FetcherConfig withReadTimeout(Duration timeout) {
        return new FetcherConfig(connectTimeout, timeout, maxBodyBytes, maxRedirects, maxConcurrency, maxPerHost, userAgent);
    }

    public FetcherConfig withMaxBodyBytes(long bytes) {
        return new FetcherConfig(connectTimeout, readTimeout, bytes, maxRedirects, maxConcurrency, maxPerHost, userAgent);
    }
}
