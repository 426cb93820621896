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
                active && !own && c.status() == CommentStatus.VISIBLE, placeholder ? "" : c.body(), replies);
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
        try {
            Comment c = comments.post(s.user(), place.get().target(), Forms.parseId(parent), text);
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
        act(ctx, (user, c) -> comments.report(user, c.id(), ctx.formParam("reason")), "reported");
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
        Optional<Place> place = ctx.queryParam("story") != null ? place("story", ctx.queryParam("story")) : place("article", ctx.queryParam("article"));
        if (place.isEmpty()) {
            ctx.status(404).json(Map.of("error", "give ?article=ID or ?story=ID of an existing article or story"));
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
        ctx.json(Map.of("on", place.get().target().kind().slug(), "id", place.get().target().id(), "page", place.get().path(),
                "count", comments.visibleCount(thread), "comments", out));
    }

    /** POST /api/v1/comments {"article"|"story": ID, "parent": ID?, "text": "..."} with the session's X-CSRF-Token. */
    void postApi(Context ctx) {
        Session s = Forms.session(ctx);
        if (s == null) {
            ctx.status(401).json(Map.of("error", "sign in first"));
            return;
        }
        Map<?, ?> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (Exception e) {
            ctx.status(400).json(Map.of("error", "the body must be a JSON object"));
            return;
        }
        Object story = body.get("story"), article = body.get("article"), parent = body.get("parent"), text = body.get("text");
        Optional<Place> place = story != null ? place("story", String.valueOf(story)) : place("article", String.valueOf(article));
        if (place.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no such article or story"));
            return;
        }
        try {
            Comment c = comments.post(s.user(), place.get().target(), parent == null ? null : Forms.parseId(String.valueOf(parent)),
                    text == null ? null : String.valueOf(text));
            ctx.status(201).json(json(c, false));
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            ctx.json(Map.of("error", e.getMessage()));
        }
    }

    private static Map<String, Object> json(Comment c, boolean placeholder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("author", placeholder ? null : c.authorName());
        m.put("text", placeholder ? null : c.body());
        m.put("status", c.status().slug());
        m.put("created_at", c.createdAt().toString());
        m.put("edited_at", c.editedAt() == null ? null : c.editedAt().toString());
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
