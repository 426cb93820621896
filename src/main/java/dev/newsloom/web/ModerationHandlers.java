package dev.newsloom.web;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Comment;
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
    private final Clock clock;
    private final Templates templates;

    ModerationHandlers(Community community, Clock clock, Templates templates) {
        this.community = community;
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
        List<ModItem> held = m.held(QUEUE).stream().map(c -> item(c, now)).toList();
        List<ModItem> reported = m.reported(QUEUE).stream().map(c -> item(c, now)).toList();
        List<ModItem> hidden = m.hidden(QUEUE).stream().map(c -> item(c, now)).toList();
        List<BannedRow> banned = m.banned().stream().map(u -> new BannedRow(u.name(), RelativeTime.format(u.bannedAt(), now),
                u.banReason(), u.bannedBy())).toList();
        List<LogRow> log = m.log(LOG).stream().map(this::row).toList();
        List<StaffRow> staff = community.accounts().all().stream().filter(User::isModerator)
                .map(u -> new StaffRow(u.name(), u.role().slug())).toList();
        ctx.header("Cache-Control", "private, no-store");
        ctx.html(templates.render("moderation.jte", "page", new ModerationPage(s.csrfToken(), s.user().role() == Role.ADMIN,
                held, reported, hidden, banned, m.words(), log, staff, error)));
    }

    private ModItem item(Comment c, Instant now) {
        String why = c.heldReason() == null ? null : switch (c.heldReason()) {
            case "link" -> "link from a new account";
            case "word" -> "blocked word";
            case "reports" -> "reported by readers";
            default -> c.heldReason();
        };
        List<String> reports = community.moderation().reportsOf(c.id()).stream()
                .map((Report r) -> r.reason() + " (" + r.reporterName() + ", " + RelativeTime.format(r.at(), now) + ")").toList();
        String href = (c.target().kind() == Target.Kind.ARTICLE ? "/en/article/" : "/en/story/") + c.target().id() + "#comment-" + c.id();
        return new ModItem(c.id(), Optional.ofNullable(c.authorName()).orElse("a former reader"), href, RelativeTime.iso(c.createdAt()),
                RelativeTime.format(c.createdAt(), now), CommentText.paragraphs(c.body()), why, c.reports(), reports);
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
