package dev.newsloom.web;

import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.OperatorRepository;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operator's side of the site: every request timed by its route template, {@code /metrics}
 * for a Prometheus scraper and {@code /status} for a person, both behind {@link MetricsAccess}
 * (the status page also opens to a signed-in administrator).
 */
public final class Monitoring {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final SiteMetrics metrics;
    private final MetricsAccess access;
    private final StatusView status;

    /**
     * @param metricsToken  the bearer token /metrics asks for, or null to answer this machine only
     * @param databaseFile  the SQLite file whose size the status page shows, or null (PostgreSQL)
     * @throws IllegalArgumentException when the token is too weak to guard anything
     */
    public Monitoring(SiteMetrics metrics, String metricsToken, OperatorRepository operator, ArticleIndex index, Path indexDir,
            Path databaseFile, Clock clock) {
        this.metrics = metrics;
        this.access = new MetricsAccess(metricsToken);
        this.status = new StatusView(operator, index, indexDir, databaseFile, clock);
    }

    void install(JavalinConfig config, Templates templates) {
        config.requestLogger.http((ctx, millis) -> metrics.served(method(ctx), route(ctx), ctx.statusCode(),
                (long) (millis * 1_000_000L)));
        config.routes.get("/metrics", this::metrics);
        config.routes.get("/status", ctx -> status(ctx, templates));
    }

    private void metrics(Context ctx) {
        if (!allowed(ctx)) return;
        SiteMetrics.Exposition e = metrics.scrape();
        ctx.header("Cache-Control", "no-store").contentType(e.contentType()).result(e.body());
    }

    private void status(Context ctx, Templates templates) {
        boolean admin = Viewer.current().admin();
        if (!admin && access.check(ctx) != MetricsAccess.Verdict.ALLOWED) {
            ctx.status(403).html(templates.render("message.jte", "page", new CommunityViews.Message("Status",
                    "The status page is for the site's administrators: sign in as one, or open it on the machine that runs"
                            + " Newsloom (or with the metrics token).", "/", "Go to the latest news")));
            return;
        }
        ctx.header("Cache-Control", "no-store").html(templates.render("status.jte", Map.of("page", status.current())));
    }

    /** Answers a refusal itself and returns false when the request may not read the figures. */
    private boolean allowed(Context ctx) {
        switch (access.check(ctx)) {
            case ALLOWED -> {
                return true;
            }
            case TOKEN_REQUIRED -> ctx.status(401).header("WWW-Authenticate", "Bearer realm=\"newsloom metrics\"")
                    .contentType("text/plain; charset=utf-8").result("The metrics need the token: send Authorization: Bearer TOKEN.\n");
            case LOCAL_ONLY -> ctx.status(403).contentType("text/plain; charset=utf-8")
                    .result("The metrics are answered only on this machine, to a client that does not come through a proxy."
                            + " Set NEWSLOOM_METRICS_TOKEN to read them from elsewhere with Authorization: Bearer TOKEN.\n");
        }
        return false;
    }

    /** The route template, never the path itself: one series per page kind, whatever the ids. */
    static String route(Context ctx) {
        Endpoint matched = null;
        try {
            matched = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException ignored) {
            // no route was matched (a static file, an address nobody serves)
        }
        if (matched != null && matched.path != null) return matched.path;
        return ctx.statusCode() < 400 && ctx.path().startsWith("/static/") ? "static" : "unmatched";
    }

    private static String method(Context ctx) {
        String m = ctx.req().getMethod().toUpperCase(Locale.ROOT);
        return METHODS.contains(m) ? m : "other";
    }
}
