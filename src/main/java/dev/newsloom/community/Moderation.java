package dev.newsloom.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What moderators do: review held and reported comments, hide, restore, delete, ban and unban
 * accounts, keep the blocked words. Every action is written to the log with who and when.
 */
public final class Moderation {
    public static final int MAX_WORD = 60, MAX_REASON = 300;

    private final CommentStore comments;
    private final UserStore users;
    private final Sessions sessions;
    private final ModerationStore store;
    private final Clock clock;

    public Moderation(CommentStore comments, UserStore users, Sessions sessions, ModerationStore store, Clock clock) {
        this.comments = comments;
        this.users = users;
        this.sessions = sessions;
        this.store = store;
        this.clock = clock;
    }

    public List<Comment> held(int limit) {
        return comments.withStatus(CommentStatus.HELD, limit);
    }

    public List<Comment> reported(int limit) {
        return comments.reported(limit);
    }

    public List<Comment> hidden(int limit) {
        return comments.withStatus(CommentStatus.HIDDEN, limit);
    }

    public List<Report> reportsOf(long commentId) {
        return comments.reportsOf(commentId);
    }

    public void hide(User moderator, long commentId, String reason) {
        Comment c = comment(moderator, commentId);
        String why = reason(reason);
        comments.setStatus(c.id(), CommentStatus.HIDDEN, why); // its author sees why
        comments.clearReports(c.id());
        log(moderator, "hide", c, why);
    }

    /** Makes a held, reported or hidden comment visible again and closes its reports. */
    public void restore(User moderator, long commentId) {
        Comment c = comment(moderator, commentId);
        if (c.status() == CommentStatus.DELETED) {
            throw new AccountException(AccountException.Kind.INVALID, "A deleted comment's text is gone; it cannot be restored.");
        }
        comments.setStatus(c.id(), CommentStatus.VISIBLE, null);
        comments.clearReports(c.id());
        log(moderator, "restore", c, null);
    }

    public void delete(User moderator, long commentId, String reason) {
        Comment c = comment(moderator, commentId);
        comments.erase(c.id());
        comments.clearReports(c.id());
        log(moderator, "delete", c, reason(reason));
    }

    /**
     * Bans an account: it is signed out everywhere and can neither sign in nor write. With
     * {@code hideComments} its comments are hidden too. Moderators can ban readers; administrators
     * can also ban moderators.
     */
    public User ban(User moderator, String name, String reason, boolean hideComments) {
        check(moderator, Role.MODERATOR);
        String why = reason(reason);
        if (why == null) throw new AccountException(AccountException.Kind.INVALID, "Give a reason for the ban; the account's owner sees it.");
        User target = users.findByKey(Names.key(name == null ? "" : name)).orElseThrow(() -> Accounts.notFound(name));
        if (target.id() == moderator.id()) throw new AccountException(AccountException.Kind.INVALID, "You cannot ban yourself.");
        if (target.role() == Role.ADMIN || (target.role() == Role.MODERATOR && moderator.role() != Role.ADMIN)) {
            throw new AccountException(AccountException.Kind.FORBIDDEN, "Only an administrator can ban a moderator, and administrators cannot be banned here.");
        }
        Instant now = clock.instant();
        users.ban(target.id(), now, why, moderator.name());
        sessions.closeAll(target.id());
        int hidden = hideComments ? comments.hideAllOf(target.id(), "the account was banned: " + why) : 0;
        store.log(now, moderator.name(), "ban", null, target.name(), why + (hideComments ? " (" + hidden + " comments hidden)" : ""));
        return users.find(target.id()).orElseThrow();
    }

    public void unban(User moderator, String name) {
        check(moderator, Role.MODERATOR);
        User target = users.findByKey(Names.key(name == null ? "" : name)).orElseThrow(() -> Accounts.notFound(name));
        users.unban(target.id());
        store.log(clock.instant(), moderator.name(), "unban", null, target.name(), null);
    }

    public List<User> banned() {
        return users.all().stream().filter(User::banned).toList();
    }

    public List<String> words() {
        return store.words();
    }

    public void addWord(User moderator, String word) {
        check(moderator, Role.MODERATOR);
        String w = BlockedWords.normalize(word);
        if (w.isEmpty() || w.length() > MAX_WORD) {
            throw new AccountException(AccountException.Kind.INVALID, "A blocked word or phrase has 1 to " + MAX_WORD + " characters.");
        }
        if (store.addWord(w, moderator.name(), clock.instant())) store.log(clock.instant(), moderator.name(), "block word", null, null, w);
    }

    public void removeWord(User moderator, String word) {
        check(moderator, Role.MODERATOR);
        String w = BlockedWords.normalize(word);
        if (store.removeWord(w)) store.log(clock.instant(), moderator.name(), "unblock word", null, null, w);
    }

    /** Administrators give and take the moderator role (and make other administrators). */
    public void setRole(User admin, String name, Role role, Accounts accounts) {
        check(admin, Role.ADMIN);
        User target = users.findByKey(Names.key(name == null ? "" : name)).orElseThrow(() -> Accounts.notFound(name));
        accounts.setRole(target.name(), role);
        store.log(clock.instant(), admin.name(), "role", null, target.name(), role.slug());
    }

    public List<LogEntry> log(int limit) {
        return store.recent(limit);
    }

    private Comment comment(User moderator, long id) {
        check(moderator, Role.MODERATOR);
        return comments.find(id).orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "There is no such comment."));
    }

    private void log(User moderator, String action, Comment c, String detail) {
        store.log(clock.instant(), moderator.name(), action, c.id(), c.authorName(), detail);
    }

    private static void check(User user, Role needed) {
        if (user == null || user.banned() || !user.role().atLeast(needed)) {
            throw new AccountException(AccountException.Kind.FORBIDDEN, "This needs the " + needed.slug() + " role.");
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) return null;
        String r = CommentText.clean(reason).replace('\n', ' ');
        return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r;
    }
}
