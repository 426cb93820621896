package dev.newsloom.web;

import dev.newsloom.community.Community;
import dev.newsloom.community.Session;
import dev.newsloom.community.SignedIn;
import dev.newsloom.community.Target;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The readers' side of the site: accounts, comments, following, moderation. Before every request
 * it finds the session behind the cookie, tells the templates who is looking ({@link Viewer}) and
 * refuses any state-changing request without a valid CSRF token.
 */
final class CommunityWeb {
    static final String SESSION_COOKIE = "nl_session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Community community;
    private final Csrf csrf = new Csrf();
    private final Templates templates;
    private final AccountHandlers accounts;
    private final CommentHandlers comments;
    private final FollowHandlers follows;
    private final ModerationHandlers moderation;

    CommunityWeb(Community community, ArticleRepository articles, SourceRepository sources, TagRepository tags,
            StoryRepository stories, StoryNames storyNames, Clock clock, Templates templates) {
        this.community = community;
        this.templates = templates;
        this.accounts = new AccountHandlers(community, this, templates);
        this.comments = new CommentHandlers(community, articles, stories, clock, templates);
        this.follows = new FollowHandlers(community, articles, sources, tags, stories, storyNames, clock, templates);
        this.moderation = new ModerationHandlers(community, articles, stories, storyNames, clock, templates);
    }

    void routes(RoutesConfig r) {
        r.before(this::before);
        // only for a request some route will answer: a wrong method on a known path gets its 405
        // (with Allow), not a CSRF refusal; every route that can change something is still checked
        r.beforeMatched(this::csrfCheck);
        r.after(ctx -> Viewer.clear());
        r.get("/signup", accounts::signupForm);
        r.post("/signup", accounts::signup);
        r.get("/login", accounts::loginForm);
        r.post("/login", accounts::login);
        r.get("/logout", accounts::logoutForm);
        r.post("/logout", accounts::logout);
        r.get("/settings", accounts::settings);
        r.post("/settings/password", accounts::changePassword);
        r.get("/settings/export.json", accounts::export);
        r.post("/settings/delete", accounts::delete);
        r.post("/settings/feed", accounts::feed);
        r.post("/comments", comments::post);
        r.post("/comments/{id}/edit", comments::edit);
        r.post("/comments/{id}/delete", comments::delete);
        r.post("/comments/{id}/report", comments::report);
        r.get("/api/v1/comments", comments::listApi);
        r.post("/api/v1/comments", comments::postApi);
        r.post("/follow", follows::follow);
        r.post("/unfollow", follows::unfollow);
        r.get("/for-you", follows::forYou);
        FeedHandlers.each(r, "/feeds/{token}/for-you", follows::feed);
        r.get("/moderation", moderation::page);
        r.post("/moderation/comments/{id}/{action}", moderation::commentAction);
        r.post("/moderation/ban", moderation::ban);
        r.post("/moderation/unban", moderation::unban);
        r.post("/moderation/words", moderation::addWord);
        r.post("/moderation/words/delete", moderation::removeWord);
        r.post("/moderation/role", moderation::role);
    }

    /** The comments block for an article or story page. */
    CommentsViewSource comments() {
        return comments::view;
    }

    interface CommentsViewSource {
        CommunityViews.CommentsView view(Context ctx, Target target, String pagePath);
    }

    private void before(Context ctx) {
        Viewer.clear();
        if (ctx.path().startsWith("/static/")) return;
        Session session = null;
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null) {
            session = community.sessions().find(token).orElse(null);
            if (session == null) expire(ctx, SESSION_COOKIE);
            else if (community.sessions().renewed(session)) setCookie(ctx, token); // in use: 30 more days in the browser too
        }
        ctx.attribute(Forms.SESSION, session);
        ctx.header("Vary", "Cookie");
        if (session != null) ctx.header("Cache-Control", "private, no-store");
        Session s = session;
        Viewer.set(new Viewer(true, s == null ? null : s.user().name(), s == null ? null : s.user().role(),
                s == null ? null : s.csrfToken(), ownPath(ctx), Forms.notice(ctx.queryParam("notice")),
                () -> s == null ? List.of() : community.follows().of(s.user())));
    }

    /** Refuses any state-changing request without a valid CSRF token, before its handler runs. */
    private void csrfCheck(Context ctx) {
        if (ctx.path().startsWith("/static/")) return;
        if (!SAFE.contains(ctx.method()) && !(sameSiteRequest(ctx) && csrf.valid(ctx, Forms.session(ctx)))) {
            ctx.status(403);
            if (ctx.path().startsWith("/api/")) {
                JsonReply.send(ctx, java.util.Map.of("error", "missing or invalid CSRF token: send the X-CSRF-Token header of your session"));
            } else {
                ctx.html(templates.render("message.jte", "page", new CommunityViews.Message("Form expired",
                        "This form has expired or did not come from this site, so nothing was changed. "
                                + "Go back, reload the page and try again.", "/", "Go to the latest news")));
            }
            ctx.skipRemainingHandlers();
        }
    }

    /** Browsers say where a request came from; one from another site is refused whatever it carries. */
    private static boolean sameSiteRequest(Context ctx) {
        return !"cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"));
    }

    /** The page's own address (path and query, without a notice), to come back to after signing in. */
    private static String ownPath(Context ctx) {
        if (ctx.method() != HandlerType.GET) return "/";
        String q = ctx.queryString();
        String query = q == null ? "" : q.replaceAll("(^|&)notice=[^&]*", "").replaceAll("^&", "");
        return Forms.localPath(ctx.path() + (query.isEmpty() ? "" : "?" + query));
    }

    String anonymousCsrf(Context ctx) {
        return csrf.anonymousToken(ctx);
    }

    /** Gives the browser a new session: the old cookie (if any) is replaced and its session closed. */
    void signIn(Context ctx, SignedIn signedIn) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) community.sessions().close(old);
        setCookie(ctx, signedIn.token());
        expire(ctx, Csrf.ANON_COOKIE);
    }

    private void setCookie(Context ctx, String token) {
        Cookie c = new Cookie(SESSION_COOKIE, token);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSecure(ClientAddress.https(ctx));
        c.setSameSite(SameSite.LAX);
        c.setMaxAge((int) community.sessions().lifetime().toSeconds());
        ctx.cookie(c);
    }

    void signOut(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null) community.sessions().close(token);
        expire(ctx, SESSION_COOKIE);
    }

    static void expire(Context ctx, String name) {
        Cookie c = new Cookie(name, "");
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSecure(ClientAddress.https(ctx));
        c.setSameSite(SameSite.LAX);
        c.setMaxAge(0);
        ctx.cookie(c);
    }
}
