package dev.newsloom.web;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Community;
import dev.newsloom.community.Follow;
import dev.newsloom.community.ForYou;
import dev.newsloom.community.Session;
import dev.newsloom.community.User;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Tagging;
import dev.newsloom.web.CommunityViews.FollowRow;
import dev.newsloom.web.CommunityViews.ForYouPage;
import dev.newsloom.web.CommunityViews.ForYouRow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Follow buttons, the For-you page and each reader's private feed of it (Atom, RSS, JSON Feed). */
final class FollowHandlers {
    static final int ITEMS = 50;

    private final Community community;
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final StoryRepository stories;
    private final StoryNames storyNames;
    private final Clock clock;
    private final Templates templates;

    FollowHandlers(Community community, ArticleRepository articles, SourceRepository sources, TagRepository tags,
            StoryRepository stories, StoryNames storyNames, Clock clock, Templates templates) {
        this.storyNames = storyNames;
        this.community = community;
        this.articles = articles;
        this.sources = sources;
        this.tags = tags;
        this.stories = stories;
        this.clock = clock;
        this.templates = templates;
    }

    /** A followable thing that exists: its key and the label it is shown with. */
    record Followable(Follow.Kind kind, String key, String label) {}

    void follow(Context ctx) {
        change(ctx, true);
    }

    void unfollow(Context ctx) {
        change(ctx, false);
    }

    private void change(Context ctx, boolean follow) {
        Session s = Forms.session(ctx);
        String back = Forms.localPath(ctx.formParam("back"));
        if (s == null) {
            ctx.redirect(Forms.loginHref(back), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Follow.Kind> kind = Follow.Kind.fromSlug(ctx.formParam("kind"));
        String key = ctx.formParam("key");
        if (kind.isEmpty() || key == null || key.isBlank() || key.length() > 200) {
            ctx.status(400).html(templates.render("message.jte", "page", new CommunityViews.Message("Not followed",
                    "Only hashtags, sources and stories can be followed.", back, "Back")));
            return;
        }
        try {
            if (follow) {
                Optional<Followable> f = resolve(kind.get(), key.strip());
                if (f.isEmpty()) {
                    ctx.status(404).html(templates.render("message.jte", "page", new CommunityViews.Message("Not followed",
                            "There is nothing to follow at this address any more.", back, "Back")));
                    return;
                }
                community.follows().follow(s.user(), f.get().kind(), f.get().key(), f.get().label());
            } else {
                community.follows().unfollow(s.user(), kind.get(), key.strip());
            }
            ctx.redirect(Forms.withNotice(back, follow ? "followed" : "unfollowed"), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            ctx.html(templates.render("message.jte", "page", new CommunityViews.Message("Not followed", e.getMessage(), back, "Back")));
        }
    }

    private Optional<Followable> resolve(Follow.Kind kind, String key) {
        return switch (kind) {
            case HASHTAG -> tags.describe(key).map(h -> new Followable(kind, h.tag(), "#" + h.tag()));
            case SOURCE -> WebServer.parseLong(key).flatMap(sources::find)
                    .map(src -> new Followable(kind, Long.toString(src.id()), src.name()));
            case STORY -> {
                if (!ArticleId.isValid(key)) yield Optional.empty();
                String id = stories.resolve(key);
                List<Article> members = stories.articles(id);
                yield members.isEmpty() ? Optional.empty()
                        : Optional.of(new Followable(kind, id, storyNames.title(id, members)));
            }
        };
    }

    void forYou(Context ctx) {
        Session s = AccountHandlers.requireSession(ctx);
        if (s == null) return;
        User user = s.user();
        List<ForYou.Item> items = community.forYou().items(user, ITEMS);
        Map<Long, Source> byId = sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<String, Tagging> taggings = tags.of(items.stream().map(i -> i.lead().id()).toList());
        Instant now = clock.instant();
        Map<String, Shown> shown = new java.util.HashMap<>();
        List<ForYouRow> rows = items.stream().map(i -> {
            Article a = i.lead();
            Source src = byId.get(a.sourceId());
            String storyHref = i.storyId() != null && i.storyArticles() > 1 ? StoryHandlers.path(Paths.lang(a.lang()), i.storyId()) : null;
            return new ForYouRow(ArticleCard.of(a, src == null ? "Unknown source" : src.name(), now, taggings.get(a.id())),
                    storyHref, i.storySources(), i.storyArticles(), i.folded(), i.because().stream().map(f -> shown(f, shown).label()).toList());
        }).toList();
        List<FollowRow> follows = community.follows().of(user).stream().map(f -> {
            Shown current = shown(f, shown);
            return new FollowRow(f.kind().slug(), f.key(), current.label(), current.href());
        }).toList();
        boolean hasFeed = community.accounts().find(user.id()).map(User::hasFeed).orElse(false);
        ctx.html(templates.render("foryou.jte", "page", new ForYouPage(rows, follows, s.csrfToken(), hasFeed)));
    }

    /** GET /feeds/{token}/for-you.atom (.rss, .json): the reader's For you, for a feed reader that cannot sign in. */
    void feed(Context ctx, FeedFormat format) {
        Optional<User> user = community.accounts().byFeedToken(ctx.pathParam("token"));
        if (user.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no feed at this address (it may have been turned off or replaced)");
            return;
        }
        List<Article> list = community.forYou().items(user.get(), ITEMS).stream().map(ForYou.Item::lead).toList();
        ctx.header("Cache-Control", "private, no-cache");
        ctx.header("X-Robots-Tag", "noindex");
        new FeedReply(sources, tags).send(ctx, format, "For you: " + user.get().name(), "/for-you",
                "/feeds/" + ctx.pathParam("token") + "/for-you.atom", feedId(user.get()), list);
    }

    /**
     * Each reader's feed is a feed of its own, so it gets an id of its own: stable while the reader
     * exists (a replaced feed address is still the same feed), and derived from nothing secret,
     * so it never shows the address's token. The shared /for-you page address would make every
     * reader's feed look like one feed to a reader app.
     */
    static String feedId(User user) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    ("newsloom for-you feed " + user.id() + " " + user.createdAt()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "urn:newsloom:for-you:" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** How a follow is shown: its label and link. */
    private record Shown(String label, String href) {}

    /**
     * A follow as it is now: a story by the title its page shows today (a saved label is what the
     * story was called when followed, and a growing story's headline changes), at its own address.
     */
    private Shown shown(Follow f, Map<String, Shown> seen) {
        return seen.computeIfAbsent(f.kind().slug() + " " + f.key(), k -> {
            if (f.kind() == Follow.Kind.STORY && ArticleId.isValid(f.key())) {
                String id = stories.resolve(f.key());
                List<Article> members = stories.articles(id);
                if (!members.isEmpty()) return new Shown(storyNames.title(id, members), StoryNames.path(id, members));
            }
            return new Shown(f.label(), href(f));
        });
    }

    private static String href(Follow f) {
        return switch (f.kind()) {
            case HASHTAG -> Paths.hashtag("en", f.label().startsWith("#") ? f.label().substring(1) : f.key());
            case SOURCE -> Paths.source(Long.parseLong(f.key()));
            case STORY -> StoryHandlers.path("en", f.key());
        };
    }
}
