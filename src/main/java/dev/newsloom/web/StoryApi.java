package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StorySummary;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stories in the JSON API: the home page's top stories, and one story's full coverage as its page
 * shows it (grouped by publisher, newest first, copies folded under their original, a timeline).
 */
final class StoryApi {
    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 50;

    private final dev.newsloom.store.ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final TagRepository tags;
    private final StoryEngine engine;
    private final Clock clock;
    private final StoryNames names;

    StoryApi(dev.newsloom.store.ArticleRepository articles, SourceRepository sources, StoryRepository stories,
            TagRepository tags, StoryEngine engine, Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.tags = tags;
        this.engine = engine;
        this.clock = clock;
        this.names = new StoryNames(engine);
    }

    /** {@code GET /api/v1/stories}: ranked as the home page ranks them (breadth, recency, velocity). */
    void top(Context ctx) {
        int limit = Math.min(MAX_TOP, QueryNumbers.of(ctx, "limit", DEFAULT_TOP, 1)); // above the most, the most, as every list answers
        Map<Long, Source> byId = sourcesById();
        List<Map<String, Object>> out = new ArrayList<>();
        for (StorySummary s : engine.topStories(clock.instant(), limit)) {
            List<Article> members = stories.articles(s.id());
            if (members.isEmpty()) continue; // placed but not stored yet
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("href", StoryNames.path(s.id(), members));
            m.put("title", names.title(s.id(), members));
            m.put("first_seen", members.get(members.size() - 1).time());
            m.put("last_updated", members.get(0).time());
            m.put("source_count", members.stream().map(Article::sourceId).distinct().count());
            m.put("article_count", members.size());
            Article lead = lead(s, members);
            m.put("lead", brief(lead, byId));
            out.add(m);
        }
        JsonReply.send(ctx, Map.of("stories", out, "limit", limit));
    }

    /** {@code GET /api/v1/stories/{id}}; a story merged into another answers 301 to the one it joined. */
    void story(Context ctx) {
        String requested = ctx.pathParam("id");
        String id = ArticleId.isValid(requested) ? stories.resolve(requested) : null;
        List<Article> members = id == null ? List.of() : stories.articles(id);
        if (members.isEmpty()) {
            JsonReply.send(ctx.status(404), Map.of("error", "no story with id " + requested + "; it may have expired"));
            return;
        }
        if (!id.equals(requested)) {
            ctx.redirect("/api/v1/stories/" + id, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Map<Long, Source> byId = sourcesById();
        Map<String, String> copyOf = stories.duplicatesOf(members.stream().map(Article::id).toList());
        Map<String, Article> byArticle = members.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, List<Map<String, Object>>> copies = new HashMap<>();
        for (Article a : members) {
            String original = copyOf.get(a.id());
            if (original != null && byArticle.containsKey(original)) copies.computeIfAbsent(original, k -> new ArrayList<>()).add(brief(a, byId));
        }
        Map<Long, List<Map<String, Object>>> bySource = new LinkedHashMap<>(); // members come newest first
        for (Article a : members) {
            String original = copyOf.get(a.id());
            if (original != null && byArticle.containsKey(original)) continue; // shown under its original
            Map<String, Object> item = brief(a, byId);
            item.put("also_published_by", copies.getOrDefault(a.id(), List.of()));
            bySource.computeIfAbsent(a.sourceId(), k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        bySource.forEach((sourceId, items) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("source_id", sourceId);
            g.put("source", nameOf(byId, sourceId));
            g.put("source_href", Paths.source(sourceId));
            g.put("articles", items);
            groups.add(g);
        });
        Map<Long, Article> firstBySource = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(Article::time)).forEach(a -> firstBySource.putIfAbsent(a.sourceId(), a));
        List<Map<String, Object>> timeline = firstBySource.values().stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", nameOf(byId, a.sourceId()));
            row.put("article", a.id());
            row.put("href", Paths.article(a));
            row.put("published", a.time());
            return row;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("href", StoryNames.path(id, members));
        body.put("title", names.title(id, members));
        body.put("first_seen", members.get(members.size() - 1).time());
        body.put("last_updated", members.get(0).time());
        body.put("source_count", firstBySource.size());
        body.put("article_count", members.size());
        body.put("hashtags", hashtags(members));
        body.put("timeline", timeline);
        body.put("sources", groups);
        JsonReply.send(ctx, body);
    }

    private Article lead(StorySummary s, List<Article> members) {
        for (Article a : members) if (a.title().equals(s.title())) return a;
        return members.get(members.size() - 1);
    }

    private static Map<String, Object> brief(Article a, Map<Long, Source> byId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("href", Paths.article(a));
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("source_id", a.sourceId());
        m.put("source", nameOf(byId, a.sourceId()));
        m.put("published", a.time());
        return m;
    }

    /** The hashtags of the story's articles, most shared first, as its page lists them. */
    private List<Map<String, Object>> hashtags(List<Article> members) {
        String lang = Paths.lang(members.get(members.size() - 1).lang());
        return StoryHandlers.sharedTags(tags, members).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tag", t.tag());
            m.put("articles", t.articles());
            m.put("href", Paths.hashtag(lang, t.tag()));
            return m;
        }).toList();
    }

    private Map<Long, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static String nameOf(Map<Long, Source> byId, long id) {
        Source s = byId.get(id);
        return s == null ? "Unknown source" : s.name();
    }
}
