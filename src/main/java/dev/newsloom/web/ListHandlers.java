package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.search.SearchHit;
import dev.newsloom.search.SearchQuery;
import dev.newsloom.search.SearchResults;
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
    static final String TOO_DEEP = "Only the first " + SearchQuery.MAX_OFFSET + " results of a search can be paged through,"
            + " and this page starts beyond them. Add words or a filter to narrow the search.";

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
        String base = Paths.hashtag(lang, t.tag());
        Map<String, Long> languages = tags.tagLanguages(t.tag());
        long total = languages.getOrDefault(lang, 0L);
        Paging paging = Paging.at(ctx, total, PAGE_SIZE, base);
        List<Article> list = paging.pastEnd() ? List.of() : tags.byTag(t.tag(), lang, PAGE_SIZE, paging.offset(PAGE_SIZE));
        if (paging.pastEnd()) ctx.status(404);
        ctx.html(templates.render("list.jte", Map.of("page", new ListPage("#" + t.tag(), "Latest news with #" + t.tag(),
                total + (total == 1 ? " article" : " articles") + ListLanguages.in(languages, lang) + " about " + t.label() + ", newest first.",
                cards(list), "No articles.", paging.newerHref(), paging.olderHref(), base + "/feed.atom"),
                "pager", paging.view("articles"),
                "follow", new CommunityViews.FollowButton("hashtag", t.tag(), "#" + t.tag()),
                "languages", ListLanguages.others(languages, lang, code -> Paths.hashtag(code, t.tag())))));
    }

    void hashtagFeed(Context ctx, FeedFormat format) {
        Optional<Hashtag> tag = tags.describe(ctx.pathParam("tag"));
        if (tag.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no such hashtag");
            return;
        }
        String lang = ctx.pathParam("lang");
        String page = Paths.hashtag(lang, tag.get().tag());
        feed(ctx, format, "#" + tag.get().tag(), page, page + "/feed.atom", tags.byTag(tag.get().tag(), lang, FEED_SIZE, 0));
    }

    /**
     * Before a hashtag or category page or feed: a list in a language that has nothing in it sends
     * the reader (302, as the language may have some later) to the same address under the language
     * with the most, rather than answering an empty list that exists under every language code;
     * a category with nothing in any language is the default language's (empty) page.
     */
    void servedList(Context ctx) {
        String[] parts = ctx.path().split("/", 4); // "", lang, kind, key[/feed...]
        if (parts.length < 4 || !Languages.served(parts[1]) || !(parts[2].equals("hashtag") || parts[2].equals("category"))) return;
        int slash = parts[3].indexOf('/');
        String key = java.net.URLDecoder.decode(slash < 0 ? parts[3] : parts[3].substring(0, slash), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Long> languages = parts[2].equals("hashtag") ? tags.tagLanguages(key)
                : Category.fromSlug(key).map(tags::categoryLanguages).orElse(null);
        String lang = parts[1];
        if (languages == null || languages.getOrDefault(lang, 0L) > 0) return; // a list to show, or the page's own 404
        String to = languages.isEmpty() ? (parts[2].equals("hashtag") ? null : dev.newsloom.model.SiteLanguage.DEFAULT)
                : languages.keySet().iterator().next();
        if (to == null || to.equals(lang)) return;
        String query = ctx.queryString();
        ctx.redirect("/" + to + "/" + parts[2] + "/" + parts[3] + (query == null ? "" : "?" + query), io.javalin.http.HttpStatus.FOUND);
        ctx.skipRemainingHandlers();
    }

    void category(Context ctx) {
        Optional<Category> category = Category.fromSlug(ctx.pathParam("name"));
        if (category.isEmpty()) {
            ctx.status(404).html(templates.render("error.jte", "message", "There is no such category."));
            return;
        }
        String lang = ctx.pathParam("lang");
        Category c = category.get();
        String base = Paths.category(lang, c);
        Map<String, Long> languages = tags.categoryLanguages(c);
        Paging paging = Paging.at(ctx, languages.getOrDefault(lang, 0L), PAGE_SIZE, base);
        List<Article> list = paging.pastEnd() ? List.of() : tags.byCategory(c, lang, PAGE_SIZE, paging.offset(PAGE_SIZE));
        if (paging.pastEnd()) ctx.status(404);
        ctx.html(templates.render("list.jte", Map.of("page", new ListPage(c.label(), c.label(),
                "The newest articles" + ListLanguages.in(languages, lang) + " filed under " + c.label() + ".", cards(list),
                "No articles in this category yet.", paging.newerHref(), paging.olderHref(), base + "/feed.atom"),
                "pager", paging.view("articles"), "languages", ListLanguages.others(languages, lang, code -> Paths.category(code, c)))));
    }

    void categoryFeed(Context ctx, FeedFormat format) {
        Optional<Category> category = Category.fromSlug(ctx.pathParam("name"));
        if (category.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no such category");
            return;
        }
        String page = Paths.category(ctx.pathParam("lang"), category.get());
        feed(ctx, format, category.get().label(), page, page + "/feed.atom", tags.byCategory(category.get(), ctx.pathParam("lang"), FEED_SIZE, 0));
    }

    void search(Context ctx) {
        SearchForm form = SearchForm.of(ctx);
        int page = Paging.requested(ctx);
        Map<Long, Source> byId = sourcesById();
        SearchPage.Form formView = form.view(byId.values());
        String refused = !form.valid() ? form.problemText()
                : (long) (page - 1) * PAGE_SIZE > SearchQuery.MAX_OFFSET ? TOO_DEEP : null;
        if (refused != null) {
            ctx.status(400).html(templates.render("search.jte", "page", new SearchPage(form.text(), refused, List.of(), 0,
                    form.sort(), form.activeFilters(byId), List.of(), null, null, null, formView)));
            return;
        }
        if (form.isEmpty()) {
            ctx.html(templates.render("search.jte", "page", new SearchPage("", null, List.of(), 0, form.sort(), List.of(),
                    List.of(), null, null, null, formView)));
            return;
        }
        SearchResults results;
        try {
            results = index.search(form.query((page - 1) * PAGE_SIZE, PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            ctx.status(400).html(templates.render("search.jte", "page", new SearchPage(form.text(),
                    "This search could not be understood. Use words, \"quoted phrases\" and -word to exclude.",
                    List.of(), 0, form.sort(), List.of(), List.of(), null, null, null, formView)));
            return;
        }
        Map<String, Article> found = articlesOf(results.hits());
        Map<String, Tagging> taggings = tags.of(found.keySet());
        Instant now = clock.instant();
        List<SearchPage.Result> shown = new ArrayList<>();
        for (SearchHit h : results.hits()) {
            Article a = found.get(h.id());
            if (a == null) continue;
            Source src = byId.get(a.sourceId());
            shown.add(new SearchPage.Result(ArticleCard.of(a, src == null ? "Unknown source" : src.name(), now,
                    taggings.get(a.id())), h.snippet()));
        }
        String base = form.href(null, null);
        // the last page is the last one that starts within the results a search can be paged through
        Paging paging = Paging.of(page, results.total(), PAGE_SIZE, SearchQuery.MAX_OFFSET / PAGE_SIZE + 1,
                n -> n == 1 ? base : base + "&page=" + n);
        if (paging.pastEnd()) ctx.status(404); // results exist, only not this far
        Paging.Pager pager = paging.view("results");
        ctx.html(templates.render("search.jte", Map.of("page", new SearchPage(form.text(), null, shown, results.total(),
                form.sort(), form.activeFilters(byId), facets(form, results, byId), pager.newerHref(), pager.olderHref(),
                feedHref(form), formView), "pager", pager)));
    }

    /** The feed of a search is always newest first, so its address leaves the page's order out: one feed per search. */
    private static String feedHref(SearchForm form) {
        return "/search/feed.atom" + form.href("sort", null).substring("/search".length());
    }

    private List<SearchPage.FacetGroup> facets(SearchForm form, SearchResults results, Map<Long, Source> byId) {
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        List<SearchPage.FacetLink> sourceLinks = new ArrayList<>();
        results.facets().getOrDefault("source", Map.of()).forEach((id, n) -> {
            Source src = byId.get(Long.parseLong(id));
            if (src != null && form.source() == null) sourceLinks.add(new SearchPage.FacetLink(src.name(), n, form.href("source", id)));
        });
        if (!sourceLinks.isEmpty()) groups.add(new SearchPage.FacetGroup("Sources", sourceLinks));
        List<SearchPage.FacetLink> categoryLinks = new ArrayList<>();
        results.facets().getOrDefault("category", Map.of()).forEach((slug, n) -> Category.fromSlug(slug).ifPresent(c -> {
            if (form.category() == null) categoryLinks.add(new SearchPage.FacetLink(c.label(), n, form.href("category", slug)));
        }));
        if (!categoryLinks.isEmpty()) groups.add(new SearchPage.FacetGroup("Categories", categoryLinks));
        List<SearchPage.FacetLink> tagLinks = new ArrayList<>();
        results.facets().getOrDefault("tag", Map.of()).forEach((key, n) -> {
            if (form.tag() == null) {
                String label = tags.describe(key).map(h -> "#" + h.tag()).orElse("#" + key);
                tagLinks.add(new SearchPage.FacetLink(label, n, form.href("tag", key)));
            }
        });
        if (!tagLinks.isEmpty()) groups.add(new SearchPage.FacetGroup("Hashtags", tagLinks.size() > 12 ? tagLinks.subList(0, 12) : tagLinks));
        return groups;
    }

    void searchFeed(Context ctx, FeedFormat format) {
        SearchForm form = SearchForm.of(ctx);
        if (!form.valid()) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(form.problemText());
            return;
        }
        // a feed reader wants what is new, whatever order the page it came from was in
        SearchForm newest = form.sortedBy("newest");
        try {
            List<Article> list = form.isEmpty() ? List.of()
                    : List.copyOf(articlesOf(index.search(newest.query(0, FEED_SIZE)).hits()).values());
            feed(ctx, format, "Search: " + form.text(), newest.href(null, null), feedHref(form), list);
        } catch (IllegalArgumentException e) {
            ctx.status(400).contentType("text/plain").result("This search could not be understood.");
        }
    }

    void suggest(Context ctx) {
        String q = query(ctx);
        List<Map<String, Object>> hashtags = new ArrayList<>();
        for (Hashtag h : tags.suggest(q, 6)) {
            Map<String, Object> one = new LinkedHashMap<>(); // fields in the order docs/api.md gives them
            one.put("tag", h.tag());
            one.put("label", h.label());
            one.put("articles", (int) h.score());
            one.put("href", Paths.hashtag("en", h.tag()));
            hashtags.add(one);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("hashtags", hashtags);
        body.put("titles", index.suggestTitles(q, 6));
        JsonReply.send(ctx, body);
    }

    void searchApi(Context ctx) {
        SearchForm form = SearchForm.of(ctx);
        List<SearchForm.Problem> problems = new ArrayList<>(form.problems());
        int limit = (int) number(problems, () -> Math.min(ApiHandlers.MAX_LIMIT, QueryNumbers.of(ctx, "limit", 20, 1)));
        long offset = number(problems, () -> QueryNumbers.offset(ctx));
        try {
            Map<Long, Source> byId = sourcesById();
            if (!problems.isEmpty()) {
                JsonReply.send(ctx.status(400), apiError(String.join(" ", problems.stream().map(SearchForm.Problem::message).toList()), form, problems));
                return;
            }
            if (offset > SearchQuery.MAX_OFFSET) {
                JsonReply.send(ctx.status(400), apiError("offset " + offset + " is beyond the " + SearchQuery.MAX_OFFSET
                        + " results a search can be paged through; narrow the search instead.", form, List.of(new SearchForm.Problem(
                        "offset", "offset may be at most " + SearchQuery.MAX_OFFSET + "."))));
                return;
            }
            SearchResults results = form.isEmpty() ? new SearchResults(List.of(), 0, Map.of()) : index.search(form.query((int) offset, limit));
            Map<String, Article> found = articlesOf(results.hits());
            List<Map<String, Object>> items = new ArrayList<>();
            for (SearchHit h : results.hits()) {
                Article a = found.get(h.id());
                if (a == null) continue;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", a.id());
                item.put("title", a.title());
                item.put("url", a.url());
                item.put("page", Paths.article(a));
                item.put("href", Paths.article(a)); // the name articles and related use for the same link
                item.put("source", byId.containsKey(a.sourceId()) ? byId.get(a.sourceId()).name() : null);
                item.put("published", a.time().toString());
                item.put("score", h.score());
                item.put("snippet", h.snippet());
                item.put("excerpt", a.excerpt(300));
                items.add(item);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", form.text());
            body.put("total", results.total());
            body.put("limit", limit);
            body.put("offset", offset);
            body.put("items", items);
            body.put("facets", results.facets());
            JsonReply.send(ctx, body);
        } catch (IllegalArgumentException e) {
            JsonReply.send(ctx.status(400), Map.of("error", "the query could not be understood", "query", form.text()));
        }
    }

    /** A number from the query string, or 0 after adding why it could not be read to {@code problems}. */
    private static long number(List<SearchForm.Problem> problems, java.util.function.LongSupplier read) {
        try {
            return read.getAsLong();
        } catch (QueryNumbers.BadParameter e) {
            problems.add(new SearchForm.Problem(e.parameter(), e.getMessage()));
            return 0;
        }
    }

    private static Map<String, Object> apiError(String message, SearchForm form, List<SearchForm.Problem> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("query", form.text());
        body.put("problems", problems.stream().map(p -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("parameter", p.parameter());
            one.put("message", p.message());
            return one;
        }).toList());
        return body;
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

    private void feed(Context ctx, FeedFormat format, String title, String pageHref, String atomHref, List<Article> list) {
        new FeedReply(sources, tags).send(ctx, format, title, pageHref, atomHref, null, list);
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
        return SearchForm.truncate(q.strip(), MAX_QUERY_CHARS);
    }

}
