package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON API v1: stable field names, ISO-8601 times, never an internal error text. */
final class ApiHandlers {
    /** The most items one answer lists; a larger limit gets this many, and the answer's "limit" says so. */
    static final int MAX_LIMIT = 100;
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ArticlePlacement placement;

    ApiHandlers(ArticleRepository articles, SourceRepository sources, ArticlePlacement placement) {
        this.articles = articles;
        this.sources = sources;
        this.placement = placement;
    }

    void latest(Context ctx) throws Exception {
        int limit = Math.min(MAX_LIMIT, QueryNumbers.of(ctx, "limit", 30, 1));
        long offset = QueryNumbers.offset(ctx);
        long total = articles.count();
        // past the end is an empty page of a list this long, not the last page
        List<Article> page = offset >= total ? List.of() : articles.newest(limit, Math.toIntExact(offset));
        Map<String, Map<String, Object>> placed = placement.of(page);
        List<Map<String, Object>> items = page.stream().map(a -> with(summary(a, false), placed.get(a.id()))).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", items);
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("total", total);
        JsonReply.send(ctx, body);
    }

    void article(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        var found = ArticleId.isValid(id) ? articles.find(id) : java.util.Optional.<Article>empty();
        if (found.isEmpty()) {
            ctx.status(404);
            JsonReply.send(ctx, Map.of("error", "no article with id " + id));
            return;
        }
        JsonReply.send(ctx, with(with(summary(found.get(), true), placement.of(List.of(found.get())).get(found.get().id())),
                placement.copies(found.get())));
    }

    void sources(Context ctx) throws Exception {
        List<Map<String, Object>> list = sources.listed().stream().map(ApiHandlers::source).toList();
        JsonReply.send(ctx, Map.of("sources", list));
    }

    static Map<String, Object> summary(Article a, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", a.url());
        m.put("href", Paths.article(a));
        m.put("title", a.title());
        m.put("source_id", a.sourceId());
        m.put("byline", a.byline());
        m.put("published", a.published());
        m.put("fetched", a.fetchedAt());
        m.put("lang", a.lang());
        m.put("image", a.image());
        m.put("credit", a.credit());
        m.put("excerpt_only", a.excerptOnly());
        m.put("categories", a.categories());
        if (full) {
            m.put("caption", a.caption());
            m.put("paragraphs", a.paragraphs());
            // what each paragraph is (paragraph, heading, subheading, list_item, numbered_item, quote, preformatted)
            m.put("paragraph_kinds", a.blocks().stream().map(b -> b.kind().name().toLowerCase(java.util.Locale.ROOT)).toList());
        } else {
            m.put("excerpt", a.excerpt(300));
        }
        return m;
    }

    private static Map<String, Object> with(Map<String, Object> fields, Map<String, Object> more) {
        if (more != null) fields.putAll(more);
        return fields;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("feed_url", s.feedUrl());
        m.put("site_url", s.siteUrl());
        m.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("last_error", dev.newsloom.ingest.FailureReasons.shown(s.lastError()));
        m.put("failures", s.failures());
        m.put("last_fetched", s.lastFetchedAt());
        m.put("last_success", s.lastSuccessAt());
        m.put("next_fetch", s.nextFetchAt());
        return m;
    }


}
