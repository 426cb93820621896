package dev.newsloom.metrics;

import dev.newsloom.web.SiteMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** Requests by method, route template and status class, with their latency; and the scrape itself. */
final class HttpMeters implements SiteMetrics {
    /** The text exposition format, version 0.0.4, which every Prometheus reads. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry;
    private final Meter.MeterProvider<Timer> requests;

    HttpMeters(PrometheusMeterRegistry registry) {
        this.registry = registry;
        this.requests = Timer.builder("newsloom.http.requests")
                .description("HTTP requests answered, by method, route template and status class, with their latency")
                .serviceLevelObjectives(Buckets.REQUEST).withRegistry(registry);
    }

    @Override
    public void served(String method, String route, int status, long nanos) {
        requests.withTags(Tags.of("method", method, "route", route, "status", statusClass(status)))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }

    @Override
    public Exposition scrape() {
        return new Exposition(CONTENT_TYPE, registry.scrape());
    }
}
