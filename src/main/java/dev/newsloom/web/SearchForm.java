package dev.newsloom.web;

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

/** The search parameters of a request, validated, and the links that change one of them. */
record SearchForm(String text, String source, String tag, String category, String lang, String from, String to, String sort) {
    static final int MAX_QUERY_CHARS = 300;

    static SearchForm of(Context ctx) {
        String q = clean(ctx.queryParam("q"), MAX_QUERY_CHARS);
        String source = digits(ctx.queryParam("source"));
        String tag = clean(ctx.queryParam("tag"), 100);
        if (tag != null) tag = tag.replace("#", "");
        String category = Category.fromSlug(String.valueOf(ctx.queryParam("category"))).map(Category::slug).orElse(null);
        String lang = clean(ctx.queryParam("lang"), 8);
        if (lang != null && !lang.matches("[a-zA-Z]{2,3}")) lang = null;
        String from = date(ctx.queryParam("from"));
        String to = date(ctx.queryParam("to"));
        String sort = "newest".equals(ctx.queryParam("sort")) ? "newest" : "relevance";
        return new SearchForm(q == null ? "" : q, source, tag, category, lang, from, to, sort);
    }

    boolean isEmpty() {
        return text.isEmpty() && source == null && tag == null && category == null && lang == null && from == null && to == null;
    }

    SearchQuery query(int offset, int limit) {
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
        s = s.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String digits(String s) {
        return s != null && s.matches("\\d{1,18}") ? s : null;
    }

    private static String date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
