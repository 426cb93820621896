package dev.newsloom.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** CSS selectors used on every page, parsed once: parsing a selector costs more than running it on a small page. */
final class Selectors {
    private static final java.util.Map<String, Evaluator> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    static final Evaluator HEADLINE = of("article h1, main h1, h1");

    private Selectors() {}

    /** The selector parsed once; the set of selectors is fixed by this package's code, so the cache is bounded. */
    static Evaluator of(String css) {
        Evaluator e = PARSED.get(css);
        if (e == null) {
            e = QueryParser.parse(css);
            if (PARSED.size() < 1000) PARSED.put(css, e);
        }
        return e;
    }
}
