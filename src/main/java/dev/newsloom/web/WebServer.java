package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.extract.LearnedBoilerplate;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Tagging;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public site: server-rendered pages readable without JavaScript, and the JSON API. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    static final int PAGE_SIZE = 30;
    static final int TOP_STORIES = 5;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final Clock clock;
    private final Templates templates = new Templates();
    private final ApiHandlers api;
    private final ListHandlers lists;
    private final TrendingBlock trending;
    private final StoryHandlers stories;
    private final StoryApi storyApi;
    private final ListApi listApi;
    private final Health health;
    private final FeedHandlers feeds;
    private final CommunityWeb community;
    /** The AI panel, its pages and API; null when the site runs without AI features. */
    private final AiHandlers ai;
    private Monitoring monitoring;
    private Javalin app;

    public WebServer(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleIndex index,
            StoryRepository storyRepository, StoryEngine storyEngine, Clock clock) {
        this(articles, sources, tags, index, storyRepository, storyEngine, clock, null, null, 0);
    }

    /** With {@code community} (may be null: a site without accounts, comments or following). */
    public WebServer(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleIndex index,
            StoryRepository storyRepository, StoryEngine storyEngine, Clock clock, dev.newsloom.community.Community community) {
        this(articles, sources, tags, index, storyRepository, storyEngine, clock, community, null, 0);
    }

    /** With the AI features and no community. */
    public WebServer(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleIndex index,
            StoryRepository storyRepository, StoryEngine storyEngine, Clock clock, dev.newsloom.ai.AiService aiService,
            int questionsPerMinute) {
        this(articles, sources, tags, index, storyRepository, storyEngine, clock, null, aiService, questionsPerMinute);
    }

    /**
     * @param community          accounts, comments and following, or null to leave them out
     * @param aiService          the AI features, or null to leave them out
     * @param questionsPerMinute how many questions one client may ask a minute
     */
    public WebServer(ArticleRepository articles, SourceRepository sources, TagRepository tags, ArticleIndex index,
            StoryRepository storyRepository, StoryEngine storyEngine, Clock clock, dev.newsloom.community.Community community,
            dev.newsloom.ai.AiService aiService, int questionsPerMinute) {
        this.community = community == null ? null
                : new CommunityWeb(community, articles, sources, tags, storyRepository, new StoryNames(storyEngine), clock, templates);
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.clock = clock;
        ArticlePlacement placement = new ArticlePlacement(articles, sources, storyRepository, tags);
        this.api = new ApiHandlers(articles, sources, placement);
        this.lists = new ListHandlers(articles, sources, tags, index, clock, templates);
        this.trending = new TrendingBlock(tags, storyEngine, clock);
        this.health = new Health(articles, sources, index, clock);
        this.ai = aiService == null ? null
                : new AiHandlers(articles, sources, storyRepository, storyEngine, aiService, templates, clock, questionsPerMinute);
        this.listApi = new ListApi(articles, sources, tags, placement, trending);
        this.storyApi = new StoryApi(articles, sources, storyRepository, tags, storyEngine, clock);
        this.feeds = new FeedHandlers(articles, sources, storyRepository, new StoryNames(storyEngine), new FeedReply(sources, tags));
        this.stories = new StoryHandlers(articles, sources, storyRepository, tags, storyEngine, clock, templates, this.community, ai);
    }

    /** Adds /metrics, /status and request timing; before {@link #start}. */
    public WebServer monitoredBy(Monitoring monitoring) {
        this.monitoring = monitoring;
        return this;
    }

    public WebServer start(String host, int port) {
        SiteErrors errors = new SiteErrors(templates, path -> Protocol.allowed(app, path));
        app = Javalin.create(config -> {
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.http.generateEtags = false; // Protocol writes quoted ETags and reads If-None-Match in all its forms
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.addCustomizer(new org.eclipse.jetty.server.HostHeaderCustomizer()); // no Host: the listening address, never "null"
                http.setRequestHeaderSize(Protocol.JETTY_HEADER_BYTES);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.startup.showJavalinBanner = false;
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(Protocol::before);
            config.routes.before(WebServer::servedLanguage);
            config.routes.before(lists::servedList);
            if (community != null) community.routes(config.routes);
            config.routes.get("/", this::home);
            config.routes.get("/{lang}/article/{id}", this::article);
            config.routes.get("/{lang}/story/{id}", stories::story);
            config.routes.get("/{lang}/hashtag/{tag}", lists::hashtag);
            FeedHandlers.each(config.routes, "/{lang}/hashtag/{tag}/feed", lists::hashtagFeed);
            config.routes.get("/{lang}/category/{name}", lists::category);
            FeedHandlers.each(config.routes, "/{lang}/category/{name}/feed", lists::categoryFeed);
            config.routes.get("/search", lists::search);
            FeedHandlers.each(config.routes, "/search/feed", lists::searchFeed);
            config.routes.get("/api/v1/search", lists::searchApi);
            config.routes.get("/api/v1/suggest", lists::suggest);
            config.routes.get("/source/{id}", this::source);
            config.routes.get("/sources", this::sourceList);
            feeds.routes(config.routes);
            config.routes.get("/healthz", this::health);
            config.routes.get("/api/v1/articles", api::latest);
            config.routes.get("/api/v1/articles/{id}", api::article);
            config.routes.get("/api/v1/articles/{id}/related", stories::relatedApi);
            config.routes.get("/api/v1/stories", storyApi::top);
            config.routes.get("/api/v1/stories/{id}", storyApi::story);
            config.routes.get("/api/v1/hashtags/{tag}", listApi::hashtag);
            config.routes.get("/api/v1/categories/{name}", listApi::category);
            config.routes.get("/api/v1/sources/{id}/articles", listApi::source);
            config.routes.get("/api/v1/trending", listApi::trending);
            config.routes.get("/api/v1/sources", api::sources);
            if (ai != null) ai.routes(config.routes);
            if (monitoring != null) monitoring.install(config, templates);
            config.routes.after(Protocol::after);
            errors.install(config.routes);
        });
        Protocol.headLikeGet(app);
        app.start(host, port);
        return this;
    }

    /** The page kinds under a {lang} prefix; the prefix must be a language the site serves. */
    private static final java.util.Set<String> LANG_PAGES = java.util.Set.of("article", "story", "hashtag", "category");

    private static void servedLanguage(Context ctx) {
        String[] parts = ctx.path().split("/", 4); // "", lang, kind, rest
        if (parts.length < 4 || !LANG_PAGES.contains(parts[2]) || Languages.served(parts[1])) return;
        // an article or story page sends the reader to its own address, whatever the prefix said
        if ((parts[2].equals("article") || parts[2].equals("story")) && !parts[3].contains("/")) return;
        throw new SiteErrors.NotFound("There is no page at this address: this site has no pages in a language called \u201c"
                + (parts[1].length() > 20 ? parts[1].substring(0, 20) + "\u2026" : parts[1]) + "\u201d.");
    }

    public int port() {
        return app.port();
    }

    private void home(Context ctx) {
        Paging paging = Paging.at(ctx, articles.countOriginals(), PAGE_SIZE, "/");
        int page = paging.page();
        List<Article> list = paging.pastEnd() ? List.of() : articles.newestOriginals(PAGE_SIZE, paging.offset(PAGE_SIZE));
        Map<Long, Source> byId = sourcesById();
        List<ArticleCard> cards = lists.cards(list);
        List<TagLink> categories = java.util.Arrays.stream(Category.values())
                .map(c -> new TagLink(c.label(), Paths.category("en", c))).toList();
        if (paging.pastEnd()) ctx.status(404); // no such page: say so, and lead back to the last one
        ctx.html(templates.render("home.jte", Map.of("page", new HomePage(cards, byId.size(), paging.newerHref(), paging.olderHref(),
                page == 1 ? trending.current("en") : Trends.NONE, categories, page == 1 ? stories.topStories(TOP_STORIES) : List.of()),
                "pager", paging.view("articles"))));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Article> found = ArticleId.isValid(id) ? articles.find(id) : Optional.empty();
        if (found.isEmpty()) {
            notFound(ctx, "There is no article with this address; it may have expired.");
            return;
        }
        Article a = found.get();
        String lang = Paths.lang(a.lang());
        if (!lang.equals(ctx.pathParam("lang"))) {
            ctx.redirect(Paths.article(a), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Map<Long, Source> byId = sourcesById();
        String sourceName = nameOf(byId, a.sourceId());
        Instant now = clock.instant();
        List<ArticleCard> more = articles.bySource(a.sourceId(), 6, 0).stream()
                .filter(o -> !o.id().equals(a.id())).limit(5)
                .map(o -> ArticleCard.of(o, sourceName, now)).toList();
        Optional<Tagging> tagging = tags.find(a.id());
        TagLink category = tagging.map(t -> new TagLink(t.category().label(), Paths.category(lang, t.category()))).orElse(null);
        List<TagLink> hashtags = tagging.map(t -> t.hashtags().stream()
                .map(h -> new TagLink("#" + h.tag(), Paths.hashtag(lang, h.tag()))).toList()).orElse(List.of());
        ArticlePage page = new ArticlePage(a.id(), lang, a.title(), sourceName, Paths.source(a.sourceId()),
                a.byline(), a.credit(), RelativeTime.iso(a.time()), RelativeTime.format(a.time(), now),
                RelativeTime.absolute(a.time()), SafeUrl.httpOrNull(a.image()), blankToNull(a.caption()),
                a.paragraphs(), a.excerptOnly(), SafeUrl.httpOrNull(a.url()), more, category, hashtags,
                stories.storyLink(a), stories.alsoPublishedBy(a), stories.related(a), BodyPart.of(a.blocks()));
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("page", page);
        if (community != null) {
            model.put("comments", community.comments().view(ctx, dev.newsloom.community.Target.article(a.id()), Paths.article(a)));
        }
        if (ai != null) model.put("ai", ai.articlePanel(a));
        ctx.html(templates.render("article.jte", model));
    }

    private void source(Context ctx) {
        Optional<Source> found = parseLong(ctx.pathParam("id")).flatMap(sources::find);
        if (found.isEmpty()) {
            notFound(ctx, "There is no source with this address.");
            return;
        }
        Source s = found.get();
        Instant now = clock.instant();
        long count = articles.countBySource(s.id());
        Paging paging = Paging.at(ctx, count, PAGE_SIZE, Paths.source(s.id()));
        List<ArticleCard> cards = (paging.pastEnd() ? List.<Article>of() : articles.bySource(s.id(), PAGE_SIZE, paging.offset(PAGE_SIZE)))
                .stream().map(a -> ArticleCard.of(a, s.name(), now)).toList();
        SourcePage page = new SourcePage(SourceRow.of(s, count, now),
                sources.recentAttempts(s.id(), 20).stream().map(a -> AttemptRow.of(a, now)).toList(), cards, count,
                new LearnedBoilerplate(sources.boilerplate()).learned(s.id(), 50).stream()
                        .map(l -> BoilerplateRow.of(l, now)).toList());
        if (paging.pastEnd()) ctx.status(404);
        ctx.html(templates.render("source.jte", Map.of("page", page, "pager", paging.view("articles"),
                "follow", new CommunityViews.FollowButton("source", Long.toString(s.id()), s.name()))));
    }

    private void sourceList(Context ctx) {
        Instant now = clock.instant();
        List<SourceRow> rows = sources.listed().stream()
                .map(s -> SourceRow.of(s, articles.countBySource(s.id()), now)).toList();
        ctx.html(templates.render("sources.jte", "rows", rows));
    }

    private void health(Context ctx) {
        Health.Report report = health.check();
        JsonReply.send(ctx.status(report.httpStatus()), report.body());
    }

    private void notFound(Context ctx, String message) {
        ctx.status(404).html(templates.render("error.jte", "message", message));
    }

    private Map<Long, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static String nameOf(Map<Long, Source> byId, long id) {
        Source s = byId.get(id);
        return s == null ? "Unknown source" : s.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (app != null) app.stop();
    }
}
