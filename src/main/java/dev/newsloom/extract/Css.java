package dev.newsloom.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once. jsoup parses a query string on every {@code closest(String)} call,
 * which was 3% of a batch's time for the handful of queries the extractor asks per headline
 * and link; its evaluators are reset per call and keep their memo per thread, so one can serve all.
 */
final class Css {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {}

    static Evaluator query(String css) {
        return PARSED.computeIfAbsent(css, QueryParser::parse);
    }
}
