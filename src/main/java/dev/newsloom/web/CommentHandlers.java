package dev.newsloom.web;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Comment;
import dev.newsloom.community.CommentStatus;
import dev.newsloom.community.CommentText;
import dev.newsloom.community.Comments;
import dev.newsloom.community.Community;
import dev.newsloom.community.Report;
import dev.newsloom.community.Session;
import dev.newsloom.community.Target;
import dev.newsloom.community.ThreadEntry;
import dev.newsloom.community.User;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.web.CommunityViews.CommentItem;
import dev.newsloom.web.CommunityViews.CommentsView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Comments on article and story pages: the block they show, the forms behind it, and a small JSON API. */
final class CommentHandlers {
    private final Community community;
    private final Comments comments;
    private final ArticleRepository articles;
    private final StoryRepository stories;
    private final Clock clock;
    private final Templates templates;

    /** An article or story that exists, and the page it lives on. */
    record Place(Target target, String path) {}

    /** What an API request names to comment on: the place if it exists, or why the request is refused (400). */
    private record Named(Optional<Place> place, String refusal) {}

    CommentHandlers(Community community, ArticleRepository articles, StoryRepository stories, Clock clock, Templates templates) {
        this.community = community;
        this.comments = community.comments();
        this.articles = articles;
        this.stories = stories;
        this.clock = clock;
        this.templates = templates;
    }

    CommentsView view(Context ctx, Target target, String pagePath) {
        Session s = Forms.session(ctx);
        User viewer = s == null ? null : s.user();
        Comments.Order order = "newest".equals(ctx.queryParam("comments")) ? Comments.Order.NEWEST : Comments.Order.OLDEST;
        List<ThreadEntry> thread = comments.thread(target, viewer, order);
        Instant now = clock.instant();
        List<CommentItem> items = new ArrayList<>();
        for (ThreadEntry e : thread) {
            List<CommentItem> replies = e.replies().stream().map(r -> item(r, false, viewer, now, List.of())).toList();
            items.add(item(e.comment(), e.placeholder(), viewer, now, replies));
        }
        boolean banned = viewer != null && viewer.banned();
        return new CommentsView(target.kind().slug(), target.id(), order == Comments.Order.NEWEST ? "newest" : "oldest",
                pagePath + "#comments", pagePath + "?comments=newest#comments", items, comments.visibleCount(thread),
                viewer != null, viewer != null && !banned, s == null ? null : s.csrfToken(), Forms.loginHref(pagePath + "#comments"),
                "/signup?next=" + java.net.URLEncoder.encode(pagePath + "#comments", java.nio.charset.StandardCharsets.UTF_8),
                banned ? "Your account is banned, so you cannot comment." : null, comments.maxChars(),
                (int) comments.editWindow().toMinutes(), Report.REASONS);
    }

    private CommentItem item(Comment c, boolean placeholder, User viewer, Instant now, List<CommentItem> replies) {
        String gone = placeholder ? (c.status() == CommentStatus.HIDDEN ? "This comment was removed by a moderator." : "This comment was deleted.") : null;
        boolean own = c.by(viewer);
        String held = c.status() == CommentStatus.HELD ? switch (c.heldReason() == null ? "" : c.heldReason()) {
            case "link" -> "Waiting for a moderator: comments with links from new accounts are checked first.";
            case "word" -> "Waiting for a moderator: it contains a word the moderators check first.";
            case "reports" -> "Waiting for a moderator after reports from readers.";
            default -> "Waiting for a moderator.";
        } : null;
        boolean active = viewer != null && !viewer.banned() && !placeholder;
        return new CommentItem(c.id(), c.authorName() == null ? "a former reader" : c.authorName(), RelativeTime.iso(c.createdAt()),
                RelativeTime.format(c.createdAt(), now), RelativeTime.absolute(c.createdAt()), c.editedAt() != null,
                placeholder ? List.of() : CommentText.paragraphs(c.body()), held, gone, own && !placeholder,
                active && own && comments.editable(c, now), active && !c.isReply() && c.status() == CommentStatus.VISIBLE,
                active && !own && c.status() == CommentStatus.VISIBLE, placeholder ? "" : c.body(), replies,
                !placeholder && own && c.status() == CommentStatus.HIDDEN ? hiddenNote(c) : null);
    }

    /** What the author of a hidden comment reads above it (nobody else sees it at all). */
    private static String hiddenNote(Comment c) {
        String why = c.heldReason();
        return "Hidden by a moderator" + (why == null || why.isBlank() ? "; only you can see it." : ": " + why + ". Only you can see it.");
    }

    void post(Context ctx) {
        Session s = Forms.session(ctx);
        Optional<Place> place = place(ctx.formParam("kind"), ctx.formParam("target"));
        if (place.isEmpty()) {
            message(ctx, 404, "Not found", "There is no article or story to comment on at this address.");
            return;
        }
        if (s == null) {
            ctx.redirect(Forms.loginHref(place.get().path() + "#comments"), HttpStatus.SEE_OTHER);
            return;
        }
        String text = ctx.formParam("body");
        String parent = ctx.formParam("parent");
        Long parentId = parent == null || parent.isBlank() ? null : parentId(parent);
        String refusal = parent != null && !parent.isBlank() && parentId == null ? "The comment you reply to is not a comment of this site."
                : parentId == null ? null : comments.find(parentId).filter(p -> !sameThread(p.target(), place.get().target()))
                        .map(p -> "The comment you reply to is on another page, so your reply was not posted here.").orElse(null);
        if (refusal != null) {
            ctx.status(400);
            retry(ctx, s, "Your comment was not posted", refusal, "/comments", place.get(), null, text);
            return;
        }
        try {
            Comment c = comments.post(s.user(), place.get().target(), parentId, text);
            ctx.redirect(Forms.withNotice(place.get().path() + "#comment-" + c.id(), noticeFor(c)), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            retry(ctx, s, "Your comment was not posted", e.getMessage(), "/comments", place.get(), parent, text);
        }
    }

    void edit(Context ctx) {
        Session s = Forms.session(ctx);
        Optional<Comment> c = comment(ctx);
        if (s == null || c.isEmpty()) {
            message(ctx, s == null ? 403 : 404, "Not found", s == null ? "Sign in to edit your comments." : "There is no such comment.");
            return;
        }
        Place place = placeOf(c.get());
        String text = ctx.formParam("body");
        try {
            Comment edited = comments.edit(s.user(), c.get().id(), text);
            ctx.redirect(Forms.withNotice(place.path() + "#comment-" + edited.id(),
                    edited.status() == CommentStatus.HELD ? noticeFor(edited) : "edited"), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            retry(ctx, s, "Your change was not saved", e.getMessage(), "/comments/" + c.get().id() + "/edit", place, null, text);
        }
    }

    void delete(Context ctx) {
        act(ctx, (user, c) -> comments.delete(user, c.id()), "deleted");
    }

    void report(Context ctx) {
        act(ctx, (user, c) -> comments.report(user, c.id(), ctx.formParam("reason"), ClientAddress.of(ctx)), "reported");
    }

    private void act(Context ctx, java.util.function.BiConsumer<User, Comment> action, String notice) {
        Session s = Forms.session(ctx);
        Optional<Comment> c = comment(ctx);
        if (s == null || c.isEmpty()) {
            message(ctx, s == null ? 403 : 404, "Not found", s == null ? "Sign in first." : "There is no such comment.");
            return;
        }
        Place place = placeOf(c.get());
        try {
            action.accept(s.user(), c.get());
            ctx.redirect(Forms.withNotice(place.path() + "#comments", notice), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            ctx.html(templates.render("message.jte", "page", new CommunityViews.Message("Not done", e.getMessage(),
                    place.path() + "#comments", "Back to the page")));
        }
    }

    /** GET /api/v1/comments?article=ID (or story=ID) [&order=newest]: the thread as a signed-out reader sees it. */
    void listApi(Context ctx) {
        Named named = target(ctx.queryParam("article"), ctx.queryParam("story"));
        if (named.refusal() != null) {
            SiteErrors.json(ctx, 400, named.refusal());
            return;
        }
        Optional<Place> place = named.place();
        if (place.isEmpty()) {
            SiteErrors.json(ctx, 404, "no such article or story");
            return;
        }
        Session s = Forms.session(ctx);
        List<ThreadEntry> thread = comments.thread(place.get().target(), s == null ? null : s.user(),
                "newest".equals(ctx.queryParam("order")) ? Comments.Order.NEWEST : Comments.Order.OLDEST);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ThreadEntry e : thread) {
            Map<String, Object> m = json(e.comment(), e.placeholder());
            m.put("replies", e.replies().stream().map(r -> json(r, false)).toList());
            out.add(m);
        }
        JsonReply.send(ctx, Map.of("on", place.get().target().kind().slug(), "id", place.get().target().id(), "page", place.get().path(),
                "count", comments.visibleCount(thread), "comments", out));
    }

    /**
     * POST /api/v1/comments {"article"|"story": ID, "parent": ID?, "text": "..."} with the session's
     * X-CSRF-Token. A reply must name the article or story its parent is on: nothing is filed
     * elsewhere than the request said. The 201 answer says where the comment went.
     */
    void postApi(Context ctx) {
        Session s = Forms.session(ctx);
        if (s == null) {
            SiteErrors.json(ctx, 401, "sign in first");
            return;
        }
        Map<?, ?> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (io.javalin.http.HttpResponseException e) {
            throw e; // a body over the site's cap: 413, answered by SiteErrors
        } catch (Exception e) {
            body = null;
        }
        if (body == null) {
            SiteErrors.json(ctx, 400, "the body must be a JSON object");
            return;
        }
        Object story = body.get("story"), article = body.get("article"), parent = body.get("parent"), text = body.get("text");
        if (!isIdOrAbsent(story) || !isIdOrAbsent(article)) {
            SiteErrors.json(ctx, 400, "article and story must be the id (text) of an article or story");
            return;
        }
        Named named = target((String) article, (String) story);
        if (named.refusal() != null) {
            SiteErrors.json(ctx, 400, named.refusal());
            return;
        }
        Optional<Place> place = named.place();
        if (place.isEmpty()) {
            SiteErrors.json(ctx, 404, "no such article or story");
            return;
        }
        Long parentId = null;
        if (parent != null) {
            parentId = parentId(parent);
            if (parentId == null) {
                SiteErrors.json(ctx, 400, "parent must be the id (a whole number) of the comment you reply to");
                return;
            }
            Optional<Comment> p = comments.find(parentId);
            if (p.isPresent() && !sameThread(p.get().target(), place.get().target())) {
                Target on = p.get().target();
                SiteErrors.json(ctx, 400, "comment " + parentId + " is on the " + on.kind().slug() + " " + on.id() + ", not on the "
                        + place.get().target().kind().slug() + " " + place.get().target().id()
                        + "; send the reply with \"" + on.kind().slug() + "\": \"" + on.id() + "\"");
                return;
            }
        }
        try {
            Comment c = comments.post(s.user(), place.get().target(), parentId, text == null ? null : String.valueOf(text));
            Place where = placeOf(c);
            Map<String, Object> out = json(c, false);
            out.put("on", c.target().kind().slug());
            out.put(c.target().kind().slug(), c.target().id());
            out.put("page", where.path());
            out.put("href", where.path() + "#comment-" + c.id());
            ctx.status(201);
            JsonReply.send(ctx, out);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            JsonReply.send(ctx, Map.of("error", e.getMessage()));
        }
    }

    /** The place an API request names by its article and story values; null or empty counts as not given. */
    private Named target(String article, String story) {
        boolean hasArticle = article != null && !article.isBlank(), hasStory = story != null && !story.isBlank();
        if (!hasArticle && !hasStory) return new Named(Optional.empty(), "give the article or the story: ?article=ID or ?story=ID");
        if (hasArticle && hasStory) return new Named(Optional.empty(), "give the article or the story, not both");
        return new Named(hasStory ? place("story", story.strip()) : place("article", article.strip()), null);
    }

    private static boolean isIdOrAbsent(Object v) {
        return v == null || v instanceof String;
    }

    /** A JSON parent: a whole number, or text of one; anything else (1.5, "abc", true) is no id. */
    private static Long parentId(Object parent) {
        if (parent instanceof Integer || parent instanceof Long) return ((Number) parent).longValue();
        if (parent instanceof String t && t.strip().matches("[0-9]{1,18}")) return Long.parseLong(t.strip());
        return null;
    }

    /** Whether a comment on {@code parent}'s target belongs to the thread of {@code wanted} (stories merge: compare current ids). */
    private boolean sameThread(Target parent, Target wanted) {
        if (parent.kind() != wanted.kind()) return false;
        if (parent.kind() == Target.Kind.STORY) return stories.resolve(parent.id()).equals(stories.resolve(wanted.id()));
        return parent.id().equals(wanted.id());
    }

    private static Map<String, Object> json(Comment c, boolean placeholder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("author", placeholder ? null : c.authorName());
        m.put("text", placeholder ? null : c.body());
        m.put("status", c.status().slug());
        m.put("created_at", c.createdAt().toString());
        m.put("edited_at", c.editedAt() == null ? null : c.editedAt().toString());
        // only its author is ever sent a hidden comment that is not a placeholder
        if (!placeholder && c.status() == CommentStatus.HIDDEN) m.put("hidden_reason", c.heldReason());
        if (c.parentId() != null) m.put("reply_to", c.parentId());
        return m;
    }

    private static String noticeFor(Comment c) {
        if (c.status() != CommentStatus.HELD) return "posted";
        return "held-" + (c.heldReason() == null ? "link" : c.heldReason());
    }

    private Optional<Comment> comment(Context ctx) {
        Long id = Forms.parseId(ctx.pathParam("id"));
        return id == null ? Optional.empty() : comments.find(id);
    }

    private Place placeOf(Comment c) {
        return place(c.target().kind().slug(), c.target().id()).orElse(new Place(c.target(), "/"));
    }

    /** The article or story named by a form, if it exists, with its page's path. */
    Optional<Place> place(String kind, String id) {
        if (id == null || !ArticleId.isValid(id)) return Optional.empty();
        if ("article".equals(kind)) {
            return articles.find(id).map(a -> new Place(Target.article(a.id()), Paths.article(a)));
        }
        if ("story".equals(kind)) {
            String current = stories.resolve(id);
            List<Article> members = stories.articles(current);
            if (members.isEmpty()) return Optional.empty();
            return Optional.of(new Place(Target.story(current),
                    StoryHandlers.path(Paths.lang(members.get(members.size() - 1).lang()), current)));
        }
        return Optional.empty();
    }

    private void retry(Context ctx, Session s, String title, String error, String action, Place place, String parent, String text) {
        ctx.html(templates.render("comment-retry.jte", "page", new CommunityViews.Retry(title, error, action, place.target().kind().slug(),
                place.target().id(), parent, text == null ? "" : text, place.path() + "#comments", s.csrfToken(), comments.maxChars())));
    }

    private void message(Context ctx, int status, String title, String text) {
        ctx.status(status).html(templates.render("message.jte", "page", new CommunityViews.Message(title, text, "/", "Go to the latest news")));
    }
}
