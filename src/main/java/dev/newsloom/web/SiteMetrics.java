package dev.newsloom.web;

/**
 * The site's side of the operator's metrics: it reports each request it served and hands out the
 * current figures at {@code /metrics}, without knowing what keeps them.
 */
public interface SiteMetrics {
    /** The figures in the Prometheus text exposition format, with its content type. */
    record Exposition(String contentType, String body) {}

    /**
     * One request answered.
     *
     * @param route the route template it matched ({@code /{lang}/article/{id}}), {@code static} for a
     *              static file, {@code unmatched} for an address no route serves: never the raw path
     * @param status the HTTP status sent
     */
    void served(String method, String route, int status, long nanos);

    Exposition scrape();
}
