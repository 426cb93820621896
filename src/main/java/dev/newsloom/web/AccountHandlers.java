package dev.newsloom.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsloom.community.AccountException;
import dev.newsloom.community.Accounts;
import dev.newsloom.community.Community;
import dev.newsloom.community.Session;
import dev.newsloom.community.SignedIn;
import dev.newsloom.community.User;
import dev.newsloom.web.CommunityViews.AuthForm;
import dev.newsloom.web.CommunityViews.SettingsPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;

/** /signup, /login, /logout and /settings (password, export, private feed, closing the account). */
final class AccountHandlers {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Community community;
    private final CommunityWeb web;
    private final Templates templates;

    AccountHandlers(Community community, CommunityWeb web, Templates templates) {
        this.community = community;
        this.web = web;
        this.templates = templates;
    }

    void signupForm(Context ctx) {
        if (Forms.session(ctx) != null) {
            ctx.redirect(Forms.localPath(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        authForm(ctx, true, "", Forms.localPath(ctx.queryParam("next")), null);
    }

    void signup(Context ctx) {
        String name = ctx.formParam("name");
        String next = Forms.localPath(ctx.formParam("next"));
        char[] password = Forms.password(ctx, "password"), confirm = Forms.password(ctx, "confirm");
        try {
            if (!Arrays.equals(password, confirm)) {
                throw new AccountException(AccountException.Kind.INVALID, "The two passwords differ; type the same one twice.");
            }
            SignedIn signedIn = community.accounts().signUp(name, password, ClientAddress.of(ctx));
            web.signIn(ctx, signedIn);
            ctx.redirect(Forms.withNotice(next, "welcome"), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            authForm(ctx, true, name, next, e.getMessage());
        } finally {
            Accounts.wipe(password);
            Accounts.wipe(confirm);
        }
    }

    void loginForm(Context ctx) {
        if (Forms.session(ctx) != null) {
            ctx.redirect(Forms.localPath(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        authForm(ctx, false, "", Forms.localPath(ctx.queryParam("next")), null);
    }

    void login(Context ctx) {
        String name = ctx.formParam("name");
        String next = Forms.localPath(ctx.formParam("next"));
        char[] password = Forms.password(ctx, "password");
        try {
            SignedIn signedIn = community.accounts().logIn(name, password, ClientAddress.of(ctx));
            web.signIn(ctx, signedIn);
            ctx.redirect(Forms.withNotice(next, "signed-in"), HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            authForm(ctx, false, name, next, e.getMessage());
        } finally {
            Accounts.wipe(password);
        }
    }

    private void authForm(Context ctx, boolean signup, String name, String next, String error) {
        String template = signup ? "account/signup.jte" : "account/login.jte";
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render(template, "page", new AuthForm(signup, web.anonymousCsrf(ctx), name == null ? "" : name, next, error)));
    }

    void logoutForm(Context ctx) {
        if (Forms.session(ctx) == null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.html(templates.render("account/logout.jte", "page", Viewer.current()));
    }

    void logout(Context ctx) {
        web.signOut(ctx);
        ctx.redirect("/?notice=bye", HttpStatus.SEE_OTHER);
    }

    void settings(Context ctx) {
        Session s = requireSession(ctx);
        if (s != null) settingsPage(ctx, s, null, null, null);
    }

    void changePassword(Context ctx) {
        Session s = requireSession(ctx);
        if (s == null) return;
        char[] current = Forms.password(ctx, "current"), next = Forms.password(ctx, "password"), confirm = Forms.password(ctx, "confirm");
        try {
            if (!Arrays.equals(next, confirm)) {
                throw new AccountException(AccountException.Kind.INVALID, "The two new passwords differ; type the same one twice.");
            }
            web.signIn(ctx, community.accounts().changePassword(s, current, next));
            ctx.redirect("/settings?notice=password", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            settingsPage(ctx, s, null, e.getMessage(), null);
        } finally {
            Accounts.wipe(current);
            Accounts.wipe(next);
            Accounts.wipe(confirm);
        }
    }

    void export(Context ctx) throws Exception {
        Session s = requireSession(ctx);
        if (s == null) return;
        ctx.header("Content-Disposition", "attachment; filename=\"newsloom-my-data.json\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(community.export().of(s.user(), s)));
    }

    void delete(Context ctx) {
        Session s = requireSession(ctx);
        if (s == null) return;
        char[] password = Forms.password(ctx, "password");
        try {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                throw new AccountException(AccountException.Kind.INVALID, "Tick the box to confirm that the account should be deleted.");
            }
            community.accounts().delete(s, password);
            CommunityWeb.expire(ctx, CommunityWeb.SESSION_COOKIE);
            ctx.redirect("/?notice=account-deleted", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Forms.refuse(ctx, e);
            settingsPage(ctx, s, null, null, e.getMessage());
        } finally {
            Accounts.wipe(password);
        }
    }

    /** A new private feed address (shown once: only its hash is kept), or the feed turned off. */
    void feed(Context ctx) {
        Session s = requireSession(ctx);
        if (s == null) return;
        if ("off".equals(ctx.formParam("action"))) {
            community.accounts().revokeFeed(s.user());
            ctx.redirect("/settings?notice=feed-off", HttpStatus.SEE_OTHER);
            return;
        }
        String token = community.accounts().newFeedToken(s.user());
        ctx.header("Cache-Control", "no-store");
        settingsPage(ctx, s, siteBase(ctx) + "/feeds/" + token + "/for-you.atom", null, null);
    }

    private void settingsPage(Context ctx, Session s, String newFeedUrl, String passwordError, String deleteError) {
        User u = community.accounts().find(s.user().id()).orElse(s.user());
        ctx.html(templates.render("account/settings.jte", "page", new SettingsPage(s.csrfToken(), u.name(), u.role().slug(),
                RelativeTime.absolute(u.createdAt()), u.hasFeed(), newFeedUrl, community.sessions().of(u.id()).size(),
                passwordError, deleteError)));
    }

    /** The session, or null after sending the visitor to sign in first. */
    static Session requireSession(Context ctx) {
        Session s = Forms.session(ctx);
        if (s == null) {
            String back = ctx.method() == io.javalin.http.HandlerType.GET ? Viewer.current().path() : "/";
            ctx.redirect(Forms.loginHref(back), HttpStatus.SEE_OTHER);
        }
        return s;
    }

    /** The site's absolute address as the visitor reached it, behind a proxy too ({@link SiteBase}). */
    static String siteBase(Context ctx) {
        return SiteBase.of(ctx);
    }
}
