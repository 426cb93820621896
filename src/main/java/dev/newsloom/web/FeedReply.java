package dev.newsloom.web;

import dev.newsloom.model.Article;
import dev.newsloom.model.Source;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sends a list of articles as a feed in the format asked for; every feed of the site goes out here. */
final class FeedReply {
    private final SourceRepository sources;
    private final TagRepository tags;

    FeedReply(SourceRepository sources, TagRepository tags) {
        this.sources = sources;
        this.tags = tags;
    }

    /**
     * @param atomHref the feed's Atom address (the other formats' are made from it), with its query if any
     * @param id       the feed's own Atom id, or null for its page's address
     */
    void send(Context ctx, FeedFormat format, String title, String pageHref, String atomHref, String id, List<Article> list) {
        Map<Long, String> names = sources.all().stream().collect(Collectors.toMap(Source::id, Source::name));
        Map<String, Tagging> taggings = tags.of(list.stream().map(Article::id).toList());
        Function<String, List<String>> hashtags = articleId -> {
            Tagging t = taggings.get(articleId);
            return t == null ? List.of() : t.hashtags().stream().map(Hashtag::tag).toList();
        };
        FeedContent feed = new FeedContent(title, AccountHandlers.siteBase(ctx), // https behind a TLS proxy
                pageHref, format.href(atomHref), id, list, sourceId -> names.getOrDefault(sourceId, "Unknown source"), hashtags);
        ctx.contentType(format.contentType()).result(format.write(feed));
    }
}
