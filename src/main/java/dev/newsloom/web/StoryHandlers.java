package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StorySummary;
import dev.newsloom.web.StoryViews.SourceGroup;
import dev.newsloom.web.StoryViews.StoryItem;
import dev.newsloom.web.StoryViews.StoryLink;
import dev.newsloom.web.StoryViews.StoryPage;
import dev.newsloom.web.StoryViews.TimelineRow;
import dev.newsloom.web.StoryViews.TopStory;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Story pages, the top stories block, and the story parts of article pages: coverage, copies, related. */
final class StoryHandlers {
    static final int RELATED = 6;
    static final int STORY_TAGS = 8;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final TagRepository tags;
    private final StoryEngine engine;
    private final java.time.Clock clock;
    private final Templates templates;
    private final CommunityWeb community;
    private final AiHandlers ai;
    private final StoryNames names;

    /** @param ai the AI panel, or null without AI features */
    StoryHandlers(ArticleRepository articles, SourceRepository sources, StoryRepository stories, TagRepository tags,
            StoryEngine engine, java.time.Clock clock, Templates templates, CommunityWeb community, AiHandlers ai) {
        this.names = new StoryNames(engine);
        this.community = community;
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.tags = tags;
        this.engine = engine;
        this.clock = clock;
        this.templates = templates;
        this.ai = ai;
    }

    void story(Context ctx) {
        String requested = ctx.pathParam("id");
        String id = ArticleId.isValid(requested) ? stories.resolve(requested) : null;
        List<Article> members = id == null ? List.of() : stories.articles(id);
        if (members.isEmpty()) {
            ctx.status(404).html(templates.render("error.jte", "message", "There is no story with this address; it may have expired."));
            return;
        }
        String own = StoryNames.path(id, members);
        if (!id.equals(requested) || !own.equals(ctx.path())) { // one address per story, as articles have
            String query = ctx.queryString();
            ctx.redirect(query == null || query.isEmpty() ? own : own + "?" + query, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        StoryPage page = page(id, members);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("page", page);
        model.put("feedHref", own + "/feed.atom");
        if (community != null) {
            model.put("comments", community.comments().view(ctx, dev.newsloom.community.Target.story(id), own));
            model.put("follow", new CommunityViews.FollowButton("story", id, "this story"));
        }
        if (ai != null) model.put("ai", ai.storyPanel(id, members));
        ctx.html(templates.render("story.jte", model));
    }

    void relatedApi(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Optional<Article> a = ArticleId.isValid(id) ? articles.find(id) : Optional.empty();
        if (a.isEmpty()) {
            JsonReply.send(ctx.status(404), Map.of("error", "no article with id " + id));
            return;
        }
        Map<Long, Source> byId = sourcesById();
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoryEngine.Related r : engine.related(id, RELATED)) {
            articles.find(r.articleId()).ifPresent(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", o.id());
                m.put("href", Paths.article(o));
                m.put("url", o.url());
                m.put("title", o.title());
                m.put("source", nameOf(byId, o.sourceId()));
                m.put("published", o.published());
                m.put("story", r.storyId());
                m.put("score", Math.round(r.score() * 1000) / 1000.0);
                out.add(m);
            });
        }
        JsonReply.send(ctx, Map.of("article", id, "related", out));
    }

    /** Related articles from other stories, as cards. */
    List<ArticleCard> related(Article a) {
        Map<Long, Source> byId = sourcesById();
        Instant now = clock.instant();
        List<ArticleCard> out = new ArrayList<>();
        for (StoryEngine.Related r : engine.related(a.id(), RELATED)) {
            articles.find(r.articleId()).ifPresent(o -> out.add(ArticleCard.of(o, nameOf(byId, o.sourceId()), now)));
        }
        return out;
    }

    /** The other publishers that ran this article's copy, linking to their versions. */
    List<TagLink> alsoPublishedBy(Article a) {
        Map<Long, Source> byId = sourcesById();
        return ArticlePlacement.otherVersions(articles, stories, a).stream()
                .map(o -> new TagLink(nameOf(byId, o.sourceId()), Paths.article(o))).toList();
    }

    /** A link to the story's full coverage, or null when the article is the story's only one. */
    StoryLink storyLink(Article a) {
        Optional<StorySummary> s = engine.storyOf(a.id()).flatMap(engine::story);
        if (s.isEmpty() || s.get().articles().size() < 2) return null;
        return new StoryLink(ownPath(s.get().id(), a), s.get().sourceCount(), s.get().articles().size());
    }

    /** The story's own address (so a link never lands on a redirect), or under {@code member}'s language if it has no articles stored. */
    private String ownPath(String storyId, Article member) {
        List<Article> members = stories.articles(storyId);
        return members.isEmpty() ? path(Paths.lang(member.lang()), storyId) : StoryNames.path(storyId, members);
    }

    List<TopStory> topStories(int limit) {
        Instant now = clock.instant();
        Map<Long, Source> byId = sourcesById();
        List<TopStory> out = new ArrayList<>();
        for (StorySummary s : engine.topStories(now, limit)) {
            Optional<Article> lead = leadArticle(s);
            if (lead.isEmpty()) continue;
            Article a = lead.get();
            out.add(new TopStory(ownPath(s.id(), a), s.title(), s.sourceCount(), s.articles().size(),
                    ArticleCard.of(a, nameOf(byId, a.sourceId()), now)));
        }
        return out;
    }

    private Optional<Article> leadArticle(StorySummary s) {
        for (String id : s.articles()) {
            Optional<Article> a = articles.find(id);
            if (a.isPresent() && a.get().title().equals(s.title())) return a;
        }
        return s.articles().isEmpty() ? Optional.empty() : articles.find(s.articles().get(0));
    }

    private StoryPage page(String id, List<Article> members) {
        Map<Long, Source> byId = sourcesById();
        Instant now = clock.instant();
        Map<String, String> copyOf = stories.duplicatesOf(members.stream().map(Article::id).toList());
        Map<String, List<TagLink>> copies = new HashMap<>();
        for (Article a : members) {
            String original = copyOf.get(a.id());
            if (original != null) copies.computeIfAbsent(original, k -> new ArrayList<>()).add(new TagLink(nameOf(byId, a.sourceId()), Paths.article(a)));
        }
        // members come newest first, so groups follow the publisher's latest report
        Map<Long, List<StoryItem>> bySource = new LinkedHashMap<>();
        for (Article a : members) {
            if (copyOf.containsKey(a.id()) && members.stream().anyMatch(o -> o.id().equals(copyOf.get(a.id())))) {
                continue; // a copy is shown under its original, as "also published by"
            }
            bySource.computeIfAbsent(a.sourceId(), k -> new ArrayList<>())
                    .add(new StoryItem(ArticleCard.of(a, nameOf(byId, a.sourceId()), now), copies.getOrDefault(a.id(), List.of())));
        }
        List<SourceGroup> groups = bySource.entrySet().stream()
                .map(e -> new SourceGroup(nameOf(byId, e.getKey()), Paths.source(e.getKey()), e.getValue())).toList();
        Map<Long, Article> firstBySource = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(Article::time)).forEach(a -> firstBySource.putIfAbsent(a.sourceId(), a));
        List<TimelineRow> timeline = firstBySource.values().stream()
                .map(a -> new TimelineRow(nameOf(byId, a.sourceId()), Paths.article(a), RelativeTime.iso(a.time()),
                        RelativeTime.format(a.time(), now), RelativeTime.absolute(a.time()))).toList();
        Article first = members.get(members.size() - 1), last = members.get(0);
        String title = names.title(id, members);
        int sourceCount = (int) members.stream().map(Article::sourceId).distinct().count();
        return new StoryPage(id, title, RelativeTime.iso(first.time()), RelativeTime.format(first.time(), now),
                RelativeTime.iso(last.time()), RelativeTime.format(last.time(), now), sourceCount, members.size(),
                hashtags(members, Paths.lang(first.lang())), timeline, groups);
    }

    /** The hashtags most of the story's articles share, most shared first. */
    private List<TagLink> hashtags(List<Article> members, String lang) {
        return sharedTags(tags, members).stream().map(t -> new TagLink("#" + t.tag(), Paths.hashtag(lang, t.tag()))).toList();
    }

    /** A hashtag of a story and how many of its articles carry it. */
    record SharedTag(String tag, int articles) {}

    /** The {@link #STORY_TAGS} hashtags the story's articles carry most, most shared first (its page and the API list the same). */
    static List<SharedTag> sharedTags(TagRepository tags, List<Article> members) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Tagging t : tags.of(members.stream().map(Article::id).toList()).values()) {
            for (Hashtag h : t.hashtags()) {
                counts.merge(h.key(), 1, Integer::sum);
                written.putIfAbsent(h.key(), h.tag());
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(STORY_TAGS)
                .map(e -> new SharedTag(written.get(e.getKey()), e.getValue())).toList();
    }

    static String path(String lang, String storyId) {
        return "/" + lang + "/story/" + storyId;
    }

    private Map<Long, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static String nameOf(Map<Long, Source> byId, long id) {
        Source s = byId.get(id);
        return s == null ? "Unknown source" : s.name();
    }
}
