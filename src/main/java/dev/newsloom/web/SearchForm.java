package dev.newsloom.web;

import dev.newsloom.model.SiteLanguage;
import dev.newsloom.model.Source;
import dev.newsloom.search.SearchQuery;
import dev.newsloom.tags.Category;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search parameters of a request, validated, and the links that change one of them. A value
 * that is given but cannot be used (a date that is no date, an unknown category...) is not
 * dropped quietly: it becomes one of {@link #problems()}, and the handlers answer 400 with them.
 */
record SearchForm(String text, String source, String tag, String category, String lang, String from, String to, String sort,
        List<Problem> problems) {
    static final int MAX_QUERY_CHARS = 300;
    /** Dates outside these years are refused: nothing is published there, and their instants overflow. */
    static final int MIN_YEAR = 1, MAX_YEAR = 9999;

    /** A parameter that was given but cannot be used, and why, in words for the reader. */
    record Problem(String parameter, String message) {}

    static SearchForm of(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        String q = clean(ctx.queryParam("q"), MAX_QUERY_CHARS);
        String source = clean(ctx.queryParam("source"), 40);
        if (source != null && !source.matches("\\d{1,18}")) {
            problems.add(new Problem("source", "source must be a source's number (as in /source/12), not " + quoted(source) + "."));
            source = null;
        }
        String tag = clean(ctx.queryParam("tag"), 100);
        if (tag != null) tag = tag.replace("#", "");
        if (tag != null && tag.isBlank()) tag = null;
        String category = clean(ctx.queryParam("category"), 40);
        if (category != null) {
            String given = category;
            category = Category.fromSlug(given).map(Category::slug).orElse(null);
            if (category == null) problems.add(new Problem("category", "There is no category " + quoted(given) + "; use one of "
                    + String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::slug).toList()) + "."));
        }
        String lang = clean(ctx.queryParam("lang"), 40);
        if (lang != null) {
            if (lang.matches("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*") && SiteLanguage.known(lang)) {
                lang = SiteLanguage.of(lang);
            } else {
                problems.add(new Problem("lang", "lang must be a language code such as en or de, not " + quoted(lang) + "."));
                lang = null;
            }
        }
        String from = date("from", ctx.queryParam("from"), problems);
        String to = date("to", ctx.queryParam("to"), problems);
        if (from != null && to != null && from.compareTo(to) > 0) {
            problems.add(new Problem("from", "from (" + from + ") is after to (" + to + "); no article can be in between."));
        }
        String sortParam = clean(ctx.queryParam("sort"), 40);
        String sort = "relevance";
        if ("newest".equals(sortParam)) sort = "newest";
        else if (sortParam != null && !"relevance".equals(sortParam)) {
            problems.add(new Problem("sort", "sort must be relevance or newest, not " + quoted(sortParam) + "."));
        }
        return new SearchForm(q == null ? "" : q, source, tag, category, lang, from, to, sort, List.copyOf(problems));
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** Every problem in one message, for a page, a plain-text answer or a JSON "error". */
    String problemText() {
        return String.join(" ", problems.stream().map(Problem::message).toList());
    }

    /** The same search in another order. */
    SearchForm sortedBy(String order) {
        return new SearchForm(text, source, tag, category, lang, from, to, order, problems);
    }

    boolean isEmpty() {
        return text.isEmpty() && source == null && tag == null && category == null && lang == null && from == null && to == null;
    }

    SearchQuery query(int offset, int limit) {
        // from and to are dates of years MIN_YEAR..MAX_YEAR (see date()), so these cannot overflow
        Instant fromInstant = from == null ? null : LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant toInstant = to == null ? null : LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
        return new SearchQuery(text, source == null ? null : Long.parseLong(source), tag, category, lang, fromInstant,
                toInstant, "newest".equals(sort) ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE, offset, limit);
    }

    /** This search's URL with one parameter set to {@code value} (or removed when null). */
    String href(String param, String value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", text.isEmpty() ? null : text);
        p.put("source", source);
        p.put("tag", tag);
        p.put("category", category);
        p.put("lang", lang);
        p.put("from", from);
        p.put("to", to);
        p.put("sort", "newest".equals(sort) ? sort : null);
        if (param != null) p.put(param, value);
        StringBuilder out = new StringBuilder("/search?");
        p.forEach((k, v) -> {
            if (v != null) out.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
        });
        out.setLength(out.length() - 1);
        return out.length() == "/search".length() ? "/search?" : out.toString();
    }

    List<TagLink> activeFilters(Map<Long, Source> sources) {
        List<TagLink> out = new ArrayList<>();
        if (source != null) {
            Source s = sources.get(Long.parseLong(source));
            out.add(new TagLink("Source: " + (s == null ? source : s.name()), href("source", null)));
        }
        if (tag != null) out.add(new TagLink("#" + tag, href("tag", null)));
        if (category != null) out.add(new TagLink("Category: " + Category.fromSlug(category).map(Category::label).orElse(category), href("category", null)));
        if (lang != null) out.add(new TagLink("Language: " + lang, href("lang", null)));
        if (from != null) out.add(new TagLink("From " + from, href("from", null)));
        if (to != null) out.add(new TagLink("To " + to, href("to", null)));
        return out;
    }

    SearchPage.Form view(Collection<Source> all) {
        List<SearchPage.Option> sources = new ArrayList<>();
        all.stream().sorted(Comparator.comparing(Source::name, String.CASE_INSENSITIVE_ORDER)).forEach(s ->
                sources.add(new SearchPage.Option(Long.toString(s.id()), s.name(), Long.toString(s.id()).equals(source))));
        List<SearchPage.Option> categories = new ArrayList<>();
        for (Category c : Category.values()) categories.add(new SearchPage.Option(c.slug(), c.label(), c.slug().equals(category)));
        return new SearchPage.Form(source, tag, category, lang, from, to, sources, categories);
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) return null;
        return truncate(s.strip(), max);
    }

    /** At most {@code max} UTF-16 units (as the form's maxlength counts), never half of a surrogate pair. */
    static String truncate(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) && Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String quoted(String value) {
        return "\u201c" + truncate(value, 40) + "\u201d";
    }

    private static String date(String name, String s, List<Problem> problems) {
        if (s == null || s.isBlank()) return null;
        LocalDate d;
        try {
            d = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, name + " must be a date written YYYY-MM-DD, such as 2026-11-24, not " + quoted(s.strip()) + "."));
            return null;
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            problems.add(new Problem(name, name + " must be a date between " + LocalDate.of(MIN_YEAR, 1, 1) + " and "
                    + LocalDate.of(MAX_YEAR, 12, 31) + ", not " + quoted(s.strip()) + "."));
            return null;
        }
        return d.toString();
    }
}
