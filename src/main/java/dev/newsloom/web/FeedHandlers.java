package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The feeds of the lists that are not hashtag, category or search pages: the site's newest
 * articles (copies folded, as on the home page), one source's, one story's.
 */
final class FeedHandlers {
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final StoryNames storyNames;
    private final FeedReply reply;

    FeedHandlers(ArticleRepository articles, SourceRepository sources, StoryRepository stories, StoryNames storyNames,
            FeedReply reply) {
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.storyNames = storyNames;
        this.reply = reply;
    }

    /** {@code handler} at {@code stem}.atom, .rss and .json. */
    static void each(RoutesConfig r, String stem, BiConsumer<Context, FeedFormat> handler) {
        for (FeedFormat f : FeedFormat.values()) r.get(stem + "." + f.extension(), ctx -> handler.accept(ctx, f));
    }

    void routes(RoutesConfig r) {
        each(r, "/feed", this::latest);
        each(r, "/source/{id}/feed", this::source);
        each(r, "/{lang}/story/{id}/feed", this::story);
    }

    void latest(Context ctx, FeedFormat format) {
        reply.send(ctx, format, "Latest news", "/", "/feed.atom", null, articles.newestOriginals(ListHandlers.FEED_SIZE, 0));
    }

    void source(Context ctx, FeedFormat format) {
        Optional<Source> found = WebServer.parseLong(ctx.pathParam("id")).flatMap(sources::find);
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such source");
            return;
        }
        String page = Paths.source(found.get().id());
        reply.send(ctx, format, found.get().name(), page, page + "/feed.atom", null,
                articles.bySource(found.get().id(), ListHandlers.FEED_SIZE, 0));
    }

    /** A story's articles newest first, each copy folded into its original as on the story's page. */
    void story(Context ctx, FeedFormat format) {
        String requested = ctx.pathParam("id");
        String id = ArticleId.isValid(requested) ? stories.resolve(requested) : null;
        List<Article> members = id == null ? List.of() : stories.articles(id);
        if (members.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such story (it may have expired)");
            return;
        }
        String page = StoryNames.path(id, members);
        String own = format.href(page + "/feed.atom");
        if (!own.equals(ctx.path())) { // a merged story's old id, or another language's prefix: one address per feed
            ctx.redirect(own, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Map<String, String> copyOf = stories.duplicatesOf(members.stream().map(Article::id).toList());
        java.util.Set<String> ids = new java.util.HashSet<>(members.stream().map(Article::id).toList());
        List<Article> list = members.stream().filter(a -> !ids.contains(copyOf.get(a.id())))
                .limit(ListHandlers.FEED_SIZE).toList();
        reply.send(ctx, format, storyNames.title(id, members), page, page + "/feed.atom", null, list);
    }
}
