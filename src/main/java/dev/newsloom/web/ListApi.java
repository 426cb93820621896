package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's lists in the JSON API, the same articles in the same order as their pages: a hashtag's,
 * a category's and a source's newest articles, and what is trending now.
 */
final class ListApi {
    static final int DEFAULT_LIMIT = 30;
    static final int MAX_LIMIT = 100;

    private final dev.newsloom.store.ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final ArticlePlacement placement;
    private final TrendingBlock trending;

    ListApi(dev.newsloom.store.ArticleRepository articles, SourceRepository sources, TagRepository tags,
            ArticlePlacement placement, TrendingBlock trending) {
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.placement = placement;
        this.trending = trending;
    }

    /** {@code GET /api/v1/hashtags/{tag}}; another spelling of the tag answers 301 to its own. */
    void hashtag(Context ctx) {
        String asked = ctx.pathParam("tag");
        Optional<Hashtag> tag = tags.describe(asked);
        if (tag.isEmpty()) {
            JsonReply.send(ctx.status(404), Map.of("error", "no article carries the hashtag " + asked));
            return;
        }
        Hashtag t = tag.get();
        if (!t.tag().equals(asked)) {
            String query = ctx.queryString();
            ctx.redirect("/api/v1/hashtags/" + t.tag() + (query == null || query.isEmpty() ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Window w = window(ctx);
        Map<String, Long> languages = tags.tagLanguages(t.tag());
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("tag", t.tag());
        head.put("label", t.label());
        head.put("href", Paths.hashtag(w.lang != null ? w.lang : first(languages), t.tag()));
        head.put("languages", languages);
        send(ctx, head, w.lang == null ? tags.countByTag(t.tag()) : languages.getOrDefault(w.lang, 0L), w,
                (limit, offset) -> w.lang == null ? tags.byTag(t.tag(), limit, offset) : tags.byTag(t.tag(), w.lang, limit, offset));
    }

    /** {@code GET /api/v1/categories/{name}}, by the slug its page uses ({@code world}, {@code technology}). */
    void category(Context ctx) {
        Optional<Category> category = Category.fromSlug(ctx.pathParam("name"));
        if (category.isEmpty()) {
            JsonReply.send(ctx.status(404), Map.of("error", "there is no category " + ctx.pathParam("name")));
            return;
        }
        Window w = window(ctx);
        Category c = category.get();
        Map<String, Long> languages = tags.categoryLanguages(c);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("category", c.label());
        head.put("href", Paths.category(w.lang != null ? w.lang : first(languages), c));
        head.put("languages", languages);
        send(ctx, head, w.lang == null ? tags.countByCategory(c) : languages.getOrDefault(w.lang, 0L), w,
                (limit, offset) -> w.lang == null ? tags.byCategory(c, limit, offset) : tags.byCategory(c, w.lang, limit, offset));
    }

    /** {@code GET /api/v1/sources/{id}/articles}: everything the source's page lists, newest first. */
    void source(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        Optional<Source> source = id < 0 ? Optional.empty() : sources.find(id);
        if (source.isEmpty()) {
            JsonReply.send(ctx.status(404), Map.of("error", "no source with id " + ctx.pathParam("id")));
            return;
        }
        Window w = window(ctx);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("source_id", source.get().id());
        head.put("source", source.get().name());
        head.put("href", Paths.source(source.get().id()));
        long sourceId = id;
        send(ctx, head, articles.countBySource(id), w, (limit, offset) -> articles.bySource(sourceId, limit, offset));
    }

    /** {@code GET /api/v1/trending}: the home page's trending hashtags and stories. */
    void trending(Context ctx) {
        Trends now = trending.current("en");
        List<Map<String, Object>> hashtags = new ArrayList<>();
        for (TagLink t : now.hashtags()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tag", t.label().substring(1));
            m.put("href", t.href());
            m.put("api", "/api/v1/hashtags/" + t.label().substring(1));
            hashtags.add(m);
        }
        List<Map<String, Object>> stories = new ArrayList<>();
        for (TagLink s : now.stories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            String id = s.href().substring(s.href().lastIndexOf('/') + 1);
            m.put("id", id);
            m.put("title", s.label());
            m.put("href", s.href());
            m.put("api", "/api/v1/stories/" + id);
            stories.add(m);
        }
        JsonReply.send(ctx, Map.of("hashtags", hashtags, "stories", stories));
    }

    /** @param lang the site language asked for ({@code ?lang=de}), or null for every language */
    private record Window(int limit, long offset, String lang) {}

    private interface Lister {
        List<Article> list(int limit, int offset);
    }

    /**
     * limit (1 or more; above the most, the most), offset (0 or more; past the end, an empty list)
     * and lang; a value that cannot be used is a {@link QueryNumbers.BadParameter}, which
     * {@link SiteErrors} answers with 400 and the API's problems list.
     */
    private static Window window(Context ctx) {
        int limit = Math.min(MAX_LIMIT, QueryNumbers.of(ctx, "limit", DEFAULT_LIMIT, 1));
        long offset = QueryNumbers.offset(ctx);
        String lang = ctx.queryParam("lang");
        if (lang != null && lang.isEmpty()) lang = null;
        if (lang != null && !Languages.served(lang)) {
            throw new QueryNumbers.BadParameter("lang", "lang must be a language code the site serves, such as en or de; it was \u201c"
                    + (lang.length() > 20 ? lang.substring(0, 20) + "\u2026" : lang) + "\u201d.");
        }
        return new Window(limit, offset, lang);
    }

    /** The language with the most articles (the page a link without one should lead to). */
    private static String first(Map<String, Long> languages) {
        return languages.isEmpty() ? dev.newsloom.model.SiteLanguage.DEFAULT : languages.keySet().iterator().next();
    }

    private void send(Context ctx, Map<String, Object> head, long total, Window w, Lister lister) {
        List<Article> list = w.offset >= total || w.offset > Integer.MAX_VALUE ? List.of() : lister.list(w.limit, (int) w.offset);
        Map<String, Map<String, Object>> placed = placement.of(list);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Article a : list) {
            Map<String, Object> m = ApiHandlers.summary(a, false);
            m.putAll(placed.get(a.id()));
            items.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>(head);
        body.put("total", total);
        body.put("limit", w.limit);
        body.put("offset", w.offset);
        if (w.lang != null) body.put("lang", w.lang);
        body.put("articles", items);
        JsonReply.send(ctx, body);
    }
}
