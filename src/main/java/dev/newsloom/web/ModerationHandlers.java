package dev.newsloom.web;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Comment;
import dev.newsloom.community.CommentStatus;
import dev.newsloom.community.CommentText;
import dev.newsloom.community.Community;
import dev.newsloom.community.LogEntry;
import dev.newsloom.community.Report;
import dev.newsloom.community.Role;
import dev.newsloom.community.Session;
import dev.newsloom.community.Target;
import dev.newsloom.community.User;
import dev.newsloom.web.CommunityViews.BannedRow;
import dev.newsloom.web.CommunityViews.LogRow;
import dev.newsloom.web.CommunityViews.ModItem;
import dev.newsloom.web.CommunityViews.ModerationPage;
import dev.newsloom.web.CommunityViews.StaffRow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** /moderation: the queue of held and reported comments, bans, blocked words, roles and the log. */
final class ModerationHandlers {
    static final int QUEUE = 100, LOG = 100;
    private final Community community;
    private final dev.newsloom.store.ArticleRepository articles;
    private final dev.newsloom.store.StoryRepository stories;
    private final StoryNames storyNames;
    private final Clock clock;
    private final Templates templates;

    ModerationHandlers(Community community, dev.newsloom.store.ArticleRepository articles, dev.newsloom.store.StoryRepository stories,
            StoryNames storyNames, Clock clock, Templates templates) {
        this.community = community;
        this.articles = articles;
        this.stories = stories;
        this.storyNames = storyNames;
        this.clock = clock;
        this.templates = templates;
    }

    void page(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) render(ctx, s, null);
    }

    void commentAction(Context ctx) {
        Session s = moderator(ctx);
        if (s == null) return;
        Long id = Forms.parseId(ctx.pathParam("id"));
        String reason = ctx.formParam("reason");
        run(ctx, s, () -> {
            if (id == null) throw new AccountException(AccountException.Kind.NOT_FOUND, "There is no such comment.");
            switch (ctx.pathParam("action")) {
                case "hide" -> community.moderation().hide(s.user(), id, reason);
                case "restore" -> community.moderation().restore(s.user(), id);
                case "delete" -> community.moderation().delete(s.user(), id, reason);
                default -> throw new AccountException(AccountException.Kind.NOT_FOUND, "Comments can be hidden, restored or deleted.");
            }
        });
    }

    void ban(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) run(ctx, s, () -> community.moderation().ban(s.user(), ctx.formParam("name"), ctx.formParam("reason"),
                "yes".equals(ctx.formParam("hide"))));
    }

    void unban(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) run(ctx, s, () -> community.moderation().unban(s.user(), ctx.formParam("name")));
    }

    void addWord(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) run(ctx, s, () -> community.moderation().addWord(s.user(), ctx.formParam("word")));
    }

    void removeWord(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) run(ctx, s, () -> community.moderation().removeWord(s.user(), ctx.formParam("word")));
    }

    void role(Context ctx) {
        Session s = moderator(ctx);
        if (s != null) run(ctx, s, () -> {
            Role role = Role.fromSlug(ctx.formParam("role"))
                    .orElseThrow(() -> new AccountException(AccountException.Kind.INVALID, "A role is reader, moderator or admin."));
            community.moderation().setRole(s.user(), ctx.formParam("name"), role, community.accounts());
        });
    }

    /** Does one action; success goes back to the page (POST, redirect, GET), failure shows the page with the reason. */
    private void run(Context ctx, Session s, Runnable action) {
        try {
            action.run();
            ctx.redirect("/moderation?notice=done", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            render(ctx, s, e.getMessage());
        }
    }

    private void render(Context ctx, Session s, String error) {
        Instant now = clock.instant();
        var m = community.moderation();
        java.util.Map<String, Where> titles = new java.util.HashMap<>(); // many comments on one article: one look-up
        List<ModItem> held = m.held(QUEUE).stream().map(c -> item(c, now, titles)).toList();
        List<ModItem> reported = m.reported(QUEUE).stream().map(c -> item(c, now, titles)).toList();
        List<ModItem> hidden = m.hidden(QUEUE).stream().map(c -> item(c, now, titles)).toList();
        List<BannedRow> banned = m.banned().stream().map(u -> new BannedRow(u.name(), RelativeTime.format(u.bannedAt(), now),
                u.banReason(), u.bannedBy())).toList();
        List<LogRow> log = m.log(LOG).stream().map(this::row).toList();
        List<StaffRow> staff = community.accounts().all().stream().filter(User::isModerator)
                .map(u -> new StaffRow(u.name(), u.role().slug())).toList();
        ctx.header("Cache-Control", "private, no-store");
        ctx.html(templates.render("moderation.jte", "page", new ModerationPage(s.csrfToken(), s.user().role() == Role.ADMIN,
                held, reported, hidden, banned, m.words(), log, staff, error)));
    }

    private ModItem item(Comment c, Instant now, java.util.Map<String, Where> titles) {
        String why = c.heldReason() == null ? null : c.status() != CommentStatus.HELD ? c.heldReason() : switch (c.heldReason()) {
            case "link" -> "link from a new account";
            case "word" -> "blocked word";
            case "reports" -> "reported by readers";
            default -> c.heldReason();
        };
        List<String> reports = community.moderation().reportsOf(c.id()).stream()
                .map((Report r) -> r.reason() + " (" + r.reporterName() + ", " + RelativeTime.format(r.at(), now) + ")").toList();
        boolean onArticle = c.target().kind() == Target.Kind.ARTICLE;
        Where where = onArticle ? whereArticle(c.target().id(), titles) : whereStory(c.target().id(), titles);
        return new ModItem(c.id(), Optional.ofNullable(c.authorName()).orElse("a former reader"),
                where.path() == null ? null : where.path() + "#comment-" + c.id(), RelativeTime.iso(c.createdAt()),
                RelativeTime.format(c.createdAt(), now), CommentText.paragraphs(c.body()), why, c.reports(), reports,
                where.path() == null ? (onArticle ? "an article" : "a story") + " no longer on this site" : onArticle ? "the article" : "the story",
                where.name());
    }

    /** What a comment is on: its title and own address, or (when it is gone) a description and no address. */
    private record Where(String name, String path) {}

    private Where whereArticle(String id, java.util.Map<String, Where> seen) {
        return seen.computeIfAbsent("article " + id, k -> articles.find(id).map(a -> new Where(a.title(), Paths.article(a)))
                .orElse(new Where(null, null)));
    }

    private Where whereStory(String id, java.util.Map<String, Where> seen) {
        return seen.computeIfAbsent("story " + id, k -> {
            String current = dev.newsloom.model.ArticleId.isValid(id) ? stories.resolve(id) : id;
            List<dev.newsloom.model.Article> members = stories.articles(current);
            return members.isEmpty() ? new Where(null, null)
                    : new Where(storyNames.title(current, members), StoryNames.path(current, members));
        });
    }

    private LogRow row(LogEntry e) {
        String target = e.commentId() != null ? "comment " + e.commentId() + (e.userName() != null ? " by " + e.userName() : "")
                : e.userName() != null ? e.userName() : "";
        return new LogRow(RelativeTime.iso(e.at()), RelativeTime.absolute(e.at()), e.moderator(), e.action(), target,
                e.detail() == null ? "" : e.detail());
    }

    /** The session of a moderator, or null after sending anyone else away. */
    private Session moderator(Context ctx) {
        Session s = AccountHandlers.requireSession(ctx);
        if (s == null) return null;
        if (!s.user().isModerator()) {
            ctx.status(403).html(templates.render("message.jte", "page", new CommunityViews.Message("Moderators only",
                    "This page is for the site's moderators.", "/", "Go to the latest news")));
            return null;
        }
        return s;
    }
}
