package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an article stands, for the API: its hashtags, its story, and whose copy it is or who copied
 * it, so that a client can build what the article page shows without scraping it.
 */
final class ArticlePlacement {
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final TagRepository tags;

    ArticlePlacement(ArticleRepository articles, SourceRepository sources, StoryRepository stories, TagRepository tags) {
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.tags = tags;
    }

    /** Per article id: {@code hashtags}, {@code story}, {@code story_href} and {@code duplicate_of} (null when it is an original). */
    Map<String, Map<String, Object>> of(List<Article> list) {
        List<String> ids = list.stream().map(Article::id).toList();
        Map<String, Tagging> taggings = tags.of(ids);
        Map<String, String> copyOf = stories.duplicatesOf(ids);
        Map<String, String> storyOf = stories.storiesOf(ids);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Article a : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            Tagging t = taggings.get(a.id());
            List<Map<String, Object>> hashtags = new ArrayList<>();
            if (t != null) {
                for (Hashtag h : t.hashtags()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("tag", h.tag());
                    one.put("href", Paths.hashtag(Paths.lang(a.lang()), h.tag()));
                    hashtags.add(one);
                }
            }
            m.put("hashtags", hashtags);
            String story = storyOf.get(a.id());
            m.put("story", story);
            m.put("story_href", story == null ? null : "/api/v1/stories/" + story);
            m.put("duplicate_of", copyOf.get(a.id()));
            out.put(a.id(), m);
        }
        return out;
    }

    /** {@code also_published_by}: the other publishers' versions of this article's copy, original first. */
    Map<String, Object> copies(Article a) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Source s : sources.all()) names.put(s.id(), s.name());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Article o : otherVersions(articles, stories, a)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("source", names.getOrDefault(o.sourceId(), "Unknown source"));
            m.put("href", Paths.article(o));
            m.put("url", o.url());
            out.add(m);
        }
        return Map.of("also_published_by", out);
    }

    /** The other publishers' versions of {@code a}'s copy, original first, as "Also published by" lists them. */
    static List<Article> otherVersions(ArticleRepository articles, StoryRepository stories, Article a) {
        String original = stories.duplicatesOf(List.of(a.id())).getOrDefault(a.id(), a.id());
        List<Article> family = new ArrayList<>();
        if (!original.equals(a.id())) articles.find(original).ifPresent(family::add);
        for (Article c : stories.copiesOf(original)) if (!c.id().equals(a.id())) family.add(c);
        return family;
    }
}
