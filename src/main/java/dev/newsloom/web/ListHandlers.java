package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.search.SearchHit;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hashtag, category and search pages, each with its Atom feed and (for search) its JSON API. */
final class ListHandlers {
    static final int PAGE_SIZE = WebServer.PAGE_SIZE;
    static final int FEED_SIZE = 50;
    static final int MAX_QUERY_CHARS = 300;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final ArticleIndex index;
    private final Clock clock;
    private final Templates templates;

    ListHandlers(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleIndex index,
            Clock clock, Templates templates) {
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.index = index;
        this.clock = clock;
        this.templates = templates;
    }

    void hashtag(Context ctx) {
        String lang = ctx.pathParam("lang");
        Optional<Hashtag> tag = tags.describe(ctx.pathParam("tag"));
        if (tag.isEmpty()) {
            ctx.status(404).html(templates.render("error.jte", "message", "No article carries this hashtag yet."));
            return;
        }
        Hashtag t = tag.get();
        if (!t.tag().equals(ctx.pathParam("tag"))) { // one address per tag, whatever case was typed
            ctx.redirect(Paths.hashtag(lang, t.tag()), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        int page = page(ctx);
        List<Article> list = tags.byTag(t.tag(), PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        String base = Paths.hashtag(lang, t.tag());
        long total = tags.countByTag(t.tag());
        ctx.html(templates.render("list.jte", "page", new ListPage("#" + t.tag(), "Latest news with #" + t.tag(),
                total + (total == 1 ? " article" : " articles") + " about " + t.label() + ", newest first.",
                cards(list), "No articles.", newer(base, page), older(base, page, list), base + "/feed.atom")));
    }

    void hashtagFeed(Context ctx) {
        Optional<Hashtag> tag = tags.describe(ctx.pathParam("tag"));
        if (tag.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no such hashtag");
            return;
        }
        String lang = ctx.pathParam("lang");
        String page = Paths.hashtag(lang, tag.get().tag());
        atom(ctx, "#" + tag.get().tag(), page, page + "/feed.atom", tags.byTag(tag.get().tag(), FEED_SIZE, 0));
    }

    void category(Context ctx) {
        Optional<Category> category = Category.fromSlug(ctx.pathParam("name"));
        if (category.isEmpty()) {
            ctx.status(404).html(templates.render("error.jte", "message", "There is no such category."));
            return;
        }
        String lang = ctx.pathParam("lang");
        Category c = category.get();
        int page = page(ctx);
        List<Article> list = tags.byCategory(c, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        String base = Paths.category(lang, c);
        ctx.html(templates.render("list.jte", "page", new ListPage(c.label(), c.label(),
                "The newest articles filed under " + c.label() + ".", cards(list), "No articles in this category yet.",
                newer(base, page), older(base, page, list), base + "/feed.atom")));
    }

    void categoryFeed(Context ctx) {
        Optional<Category> category = Category.fromSlug(ctx.pathParam("name"));
        if (category.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no such category");
            return;
        }
        String page = Paths.category(ctx.pathParam("lang"), category.get());
        atom(ctx, category.get().label(), page, page + "/feed.atom", tags.byCategory(category.get(), FEED_SIZE, 0));
    }

    void search(Context ctx) {
        String q = query(ctx);
        int page = page(ctx);
        if (q.isEmpty()) {
            ctx.html(templates.render("search.jte", "page", new SearchPage("", null, List.of(), null, null, null)));
            return;
        }
        List<Article> found;
        try {
            found = find(q, page * PAGE_SIZE + 1);
        } catch (IllegalArgumentException e) {
            ctx.status(400).html(templates.render("search.jte", "page", new SearchPage(q,
                    "This search could not be understood. Use words, \"quoted phrases\" and -word to exclude.",
                    List.of(), null, null, null)));
            return;
        }
        List<Article> shown = found.subList(Math.min(found.size(), (page - 1) * PAGE_SIZE), Math.min(found.size(), page * PAGE_SIZE));
        String base = Paths.search(q);
        String newer = page > 1 ? base + "&page=" + (page - 1) : null;
        String older = found.size() > page * PAGE_SIZE ? base + "&page=" + (page + 1) : null;
        ctx.html(templates.render("search.jte", "page", new SearchPage(q, null, cards(shown), newer, older,
                "/search/feed.atom?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))));
    }

    void searchFeed(Context ctx) {
        String q = query(ctx);
        try {
            atom(ctx, "Search: " + q, Paths.search(q), "/search/feed.atom?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8), q.isEmpty() ? List.of() : find(q, FEED_SIZE));
        } catch (IllegalArgumentException e) {
            ctx.status(400).contentType("text/plain").result("This search could not be understood.");
        }
    }

    void searchApi(Context ctx) {
        String q = query(ctx);
        int limit = Math.max(1, Math.min(100, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20)));
        try {
            Map<Long, Source> byId = sourcesById();
            List<Map<String, Object>> items = new ArrayList<>();
            List<SearchHit> hits = q.isEmpty() ? List.of() : index.search(q, limit);
            Map<String, Article> found = articlesOf(hits);
            for (SearchHit h : hits) {
                Article a = found.get(h.id());
                if (a == null) continue;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", a.id());
                item.put("title", a.title());
                item.put("url", a.url());
                item.put("page", Paths.article(a));
                item.put("source", byId.containsKey(a.sourceId()) ? byId.get(a.sourceId()).name() : null);
                item.put("published", a.time().toString());
                item.put("score", h.score());
                item.put("excerpt", a.excerpt(300));
                items.add(item);
            }
            ctx.json(Map.of("query", q, "items", items));
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", "the query could not be understood", "query", q));
        }
    }

    private List<Article> find(String q, int limit) {
        List<SearchHit> hits = index.search(q, limit);
        Map<String, Article> byId = articlesOf(hits);
        List<Article> out = new ArrayList<>();
        for (SearchHit h : hits) if (byId.containsKey(h.id())) out.add(byId.get(h.id()));
        return out;
    }

    private Map<String, Article> articlesOf(List<SearchHit> hits) {
        Map<String, Article> out = new LinkedHashMap<>();
        for (SearchHit h : hits) articles.find(h.id()).ifPresent(a -> out.put(a.id(), a));
        return out;
    }

    private void atom(Context ctx, String title, String pageHref, String selfHref, List<Article> list) {
        Map<Long, Source> byId = sourcesById();
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.write(title, base, pageHref, selfHref, list,
                        id -> byId.containsKey(id) ? byId.get(id).name() : "Unknown source"));
    }

    List<ArticleCard> cards(List<Article> list) {
        Map<Long, Source> byId = sourcesById();
        List<Article> shown = list.size() > PAGE_SIZE ? list.subList(0, PAGE_SIZE) : list;
        Map<String, Tagging> taggings = tags.of(shown.stream().map(Article::id).toList());
        Instant now = clock.instant();
        return shown.stream().map(a -> ArticleCard.of(a, byId.containsKey(a.sourceId()) ? byId.get(a.sourceId()).name()
                : "Unknown source", now, taggings.get(a.id()))).toList();
    }

    private Map<Long, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) return "";
        q = q.strip();
        return q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
    }

    private static int page(Context ctx) {
        return Math.max(1, Math.min(1000, ctx.queryParamAsClass("page", Integer.class).getOrDefault(1)));
    }

    private static String newer(String base, int page) {
        return page > 1 ? (page == 2 ? base : base + "?page=" + (page - 1)) : null;
    }

    private static String older(String base, int page, List<Article> fetched) {
        return fetched.size() > PAGE_SIZE ? base + "?page=" + (page + 1) : null;
    }
}
