package dev.newsloom.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posting, replying, editing, deleting and reporting comments, and the threads pages show. */
public final class Comments {
    public enum Order { OLDEST, NEWEST }

    private final CommentStore store;
    private final ModerationStore moderation;
    private final CommunityConfig config;
    private final Clock clock;

    public Comments(CommentStore store, ModerationStore moderation, CommunityConfig config, Clock clock) {
        this.store = store;
        this.moderation = moderation;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Posts a comment, or a reply when {@code parentId} is given (a reply to a reply joins the same
     * thread: one level only). It may come back HELD: check its status to tell the author.
     */
    public Comment post(User author, Target target, Long parentId, String text) {
        Instant now = clock.instant();
        checkMayWrite(author);
        String body = checkBody(text);
        Long parent = null;
        if (parentId != null) {
            Comment p = store.find(parentId)
                    .orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "The comment you reply to is gone."));
            if (p.isReply()) p = store.find(p.parentId()).orElse(p);
            if (!(p.status() == CommentStatus.VISIBLE || (p.status() == CommentStatus.HELD && p.by(author)))) {
                throw new AccountException(AccountException.Kind.NOT_FOUND, "The comment you reply to is gone.");
            }
            parent = p.id();
            target = p.target(); // the thread's own target, whatever the form said
        }
        if (!author.isModerator()) {
            int recent = store.countByAuthorSince(author.id(), now.minus(config.burstWindow()));
            if (recent >= config.commentsPerBurst()) {
                throw Limits.throttled("You have posted " + recent + " comments in the last "
                        + config.burstWindow().toMinutes() + " minutes.", config.burstWindow().dividedBy(2));
            }
            if (store.countByAuthorSince(author.id(), now.minus(Duration.ofDays(1))) >= config.commentsPerDay()) {
                throw Limits.throttled("You have posted " + config.commentsPerDay() + " comments today.", Duration.ofHours(1));
            }
        }
        Optional<String> hold = holdReason(author, body, now);
        return store.insert(target, parent, author.id(), body, hold.isPresent() ? CommentStatus.HELD : CommentStatus.VISIBLE,
                hold.orElse(null), now);
    }

    /** Changes the text, by its author, within the edit window. */
    public Comment edit(User author, long id, String text) {
        Instant now = clock.instant();
        checkMayWrite(author);
        Comment c = own(author, id);
        if (c.status() == CommentStatus.DELETED || c.status() == CommentStatus.HIDDEN) {
            throw new AccountException(AccountException.Kind.FORBIDDEN, "This comment can no longer be edited.");
        }
        if (!editable(c, now)) {
            throw new AccountException(AccountException.Kind.FORBIDDEN,
                    "Comments can be edited for " + config.editWindow().toMinutes() + " minutes after posting.");
        }
        String body = checkBody(text);
        Optional<String> hold = holdReason(author, body, now);
        boolean stillReported = c.status() == CommentStatus.HELD && "reports".equals(c.heldReason());
        CommentStatus status = stillReported || hold.isPresent() ? CommentStatus.HELD : CommentStatus.VISIBLE;
        store.edit(id, body, status, stillReported ? "reports" : hold.orElse(null), now);
        return store.find(id).orElseThrow();
    }

    public void delete(User author, long id) {
        Comment c = own(author, id);
        if (c.status() != CommentStatus.DELETED) store.erase(c.id());
    }

    /** Reports someone else's comment, from no known address (see the other). */
    public void report(User reporter, long id, String reason) {
        report(reporter, id, reason, null);
    }

    /**
     * Reports someone else's comment from {@code address}; once {@code reportsToHold} independent
     * readers ({@link Reporters}) reported it, it waits for a moderator.
     */
    public void report(User reporter, long id, String reason, String address) {
        Instant now = clock.instant();
        checkMayWrite(reporter);
        Comment c = store.find(id).filter(x -> x.status() == CommentStatus.VISIBLE)
                .orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "There is no such comment."));
        if (c.by(reporter)) throw new AccountException(AccountException.Kind.INVALID, "You cannot report your own comment.");
        if (store.reportsBySince(reporter.id(), now.minus(Duration.ofHours(1))) >= config.reportsPerHour()) {
            throw Limits.throttled("You have sent many reports in the last hour.", Duration.ofMinutes(30));
        }
        String r = reason != null && Report.REASONS.contains(reason) ? reason : "other";
        if (!store.report(id, reporter.id(), r, now, Networks.of(address))) return; // reported before: once is enough
        List<Reporters.Reporter> reporters = store.reportersOf(id);
        int independent = Reporters.independent(reporters, now, config.newAccountAge());
        if (independent >= config.reportsToHold()) {
            store.setStatus(id, CommentStatus.HELD, "reports");
            moderation.log(now, "system", "held", id, c.authorName(), "reported by " + independent + " independent readers"
                    + (reporters.size() > independent ? " (" + reporters.size() + " reports)" : ""));
        }
    }

    public Optional<Comment> find(long id) {
        return store.find(id);
    }

    public boolean editable(Comment c, Instant now) {
        return c.status() != CommentStatus.DELETED && c.status() != CommentStatus.HIDDEN
                && Duration.between(c.createdAt(), now).compareTo(config.editWindow()) < 0;
    }

    public boolean editable(Comment c) {
        return editable(c, clock.instant());
    }

    public Duration editWindow() {
        return config.editWindow();
    }

    public int maxChars() {
        return config.maxCommentChars();
    }

    /**
     * The thread as {@code viewer} (null: signed out) sees it: visible comments, the viewer's own
     * held and hidden ones (so the author knows what became of them), and placeholders for removed
     * comments that have replies. Replies are oldest first.
     */
    public List<ThreadEntry> thread(Target target, User viewer, Order order) {
        List<Comment> all = store.on(target);
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> tops = new ArrayList<>();
        for (Comment c : all) {
            if (c.isReply()) replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            else tops.add(c);
        }
        List<ThreadEntry> out = new ArrayList<>();
        for (Comment top : tops) {
            List<Comment> shownReplies = replies.getOrDefault(top.id(), List.of()).stream().filter(r -> shown(r, viewer)).toList();
            if (shown(top, viewer)) out.add(new ThreadEntry(top, false, shownReplies));
            else if (!shownReplies.isEmpty()) out.add(new ThreadEntry(top, true, shownReplies));
        }
        Comparator<ThreadEntry> byTime = Comparator.comparing((ThreadEntry e) -> e.comment().createdAt()).thenComparing(e -> e.comment().id());
        out.sort(order == Order.NEWEST ? byTime.reversed() : byTime);
        return out;
    }

    /** Comments anyone can read on the target. */
    public int visibleCount(List<ThreadEntry> thread) {
        int n = 0;
        for (ThreadEntry e : thread) {
            if (!e.placeholder() && e.comment().status() == CommentStatus.VISIBLE) n++;
            for (Comment r : e.replies()) if (r.status() == CommentStatus.VISIBLE) n++;
        }
        return n;
    }

    private static boolean shown(Comment c, User viewer) {
        return c.status() == CommentStatus.VISIBLE
                || ((c.status() == CommentStatus.HELD || c.status() == CommentStatus.HIDDEN) && c.by(viewer));
    }

    private Comment own(User author, long id) {
        Comment c = store.find(id).orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "There is no such comment."));
        if (!c.by(author)) throw new AccountException(AccountException.Kind.FORBIDDEN, "Only its author can change a comment.");
        return c;
    }

    private static void checkMayWrite(User user) {
        if (user.banned()) throw new AccountException(AccountException.Kind.BANNED, "Your account is banned.");
    }

    private String checkBody(String text) {
        String body = CommentText.clean(text);
        // zero-width spaces and the like show nothing: a comment of them alone is empty too
        if (CommentText.looksEmpty(body)) throw new AccountException(AccountException.Kind.INVALID, "The comment is empty.");
        if (body.length() > config.maxCommentChars()) {
            throw new AccountException(AccountException.Kind.INVALID, "A comment has at most " + config.maxCommentChars()
                    + " characters; this one has " + body.length() + ".");
        }
        return body;
    }

    /** Why a comment must wait for a moderator, if it must. */
    private Optional<String> holdReason(User author, String body, Instant now) {
        if (BlockedWords.find(body, moderation.words()).isPresent()) return Optional.of("word");
        boolean newAccount = Duration.between(author.createdAt(), now).compareTo(config.newAccountAge()) < 0;
        if (newAccount && !author.isModerator() && CommentText.hasLinks(body)) return Optional.of("link");
        return Optional.empty();
    }
}
