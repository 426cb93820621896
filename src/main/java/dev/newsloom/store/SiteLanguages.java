package dev.newsloom.store;

import dev.newsloom.model.SiteLanguage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.statement.Query;

/**
 * Stored language tags ("de-AT", "DEU", null) read as the language the site files an article
 * under ({@link SiteLanguage#of}), so a list in one language selects exactly the articles whose
 * pages live under that language's prefix.
 */
final class SiteLanguages {
    private SiteLanguages() {}

    /** Counts per stored tag summed per site language, most first (ties by code). */
    static Map<String, Long> count(Map<String, Long> byStoredTag) {
        Map<String, Long> sums = new java.util.HashMap<>();
        byStoredTag.forEach((tag, n) -> sums.merge(SiteLanguage.of(tag), n, Long::sum));
        Map<String, Long> out = new LinkedHashMap<>();
        sums.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Which of the stored tags {@code storedTags} (null among them for none) the site files under {@code lang}. */
    static Filter filter(Collection<String> storedTags, String lang) {
        List<String> written = storedTags.stream().filter(Objects::nonNull).filter(t -> SiteLanguage.of(t).equals(lang)).toList();
        return new Filter(written, storedTags.contains(null) && SiteLanguage.of(null).equals(lang));
    }

    /** A WHERE condition on the stored tag: one of {@code written}, or none at all when {@code orNone}. */
    record Filter(List<String> written, boolean orNone) {
        boolean matchesNothing() {
            return written.isEmpty() && !orNone;
        }

        String sql(String column, String name) {
            String in = written.isEmpty() ? null : column + " IN (<" + name + ">)";
            String none = orNone ? column + " IS NULL" : null;
            return "(" + (in == null ? none : none == null ? in : in + " OR " + none) + ")";
        }

        void bind(Query q, String name) {
            if (!written.isEmpty()) q.bindList(name, written);
        }
    }
}
