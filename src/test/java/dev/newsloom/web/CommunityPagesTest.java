package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.CommunityConfig;
import dev.newsloom.community.Tokens;
import dev.newsloom.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, comments, following and moderation over HTTP against a real server and store, including the attacks on them. */
class CommunityPagesTest {
    static final String PASSWORD = "reader password 1";
    @TempDir static Path dir;
    static CommunitySite site;
    static int accounts;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults().withSignupsPerAddress(1000).withCommentsPerBurst(100));
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    /** A new reader, signed in; names are unique per test run. */
    static WebClient reader(String name) {
        WebClient c = site.signUp(name, PASSWORD);
        accounts++;
        return c;
    }

    static WebClient signIn(String name, String password) {
        WebClient c = new WebClient(site.base);
        HttpResponse<String> r = c.post("/login", Map.of("_csrf", c.csrf("/login"), "name", name, "password", password));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return c;
    }

    static String sessionCsrf(WebClient c) {
        return CommunitySite.sessionCsrf(c);
    }

    static HttpResponse<String> comment(WebClient c, String text) {
        return c.post("/comments", Map.of("_csrf", sessionCsrf(c), "kind", "article", "target", site.lead.id(), "body", text));
    }

    @Test
    void signUpSetsAProtectedSessionCookieAndTheHeaderShowsWhoIsSignedIn() {
        WebClient c = new WebClient(site.base);
        assertThat(c.get("/signup").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        Document form = c.page("/signup");
        assertThat(form.select("h1").text()).isEqualTo("Sign up");
        assertThat(c.cookies).containsKey("nl_csrf");
        HttpResponse<String> r = c.post("/signup", Map.of("_csrf", form.select("input[name=_csrf]").attr("value"),
                "name", "Ana", "password", PASSWORD, "confirm", PASSWORD, "next", "/en/story/" + site.storyId));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/en/story/" + site.storyId + "?notice=welcome");
        String cookie = WebClient.setCookies(r).stream().filter(s -> s.startsWith("nl_session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Secure");
        Document home = c.page("/?notice=welcome");
        assertThat(home.select("nav.account .me").text()).isEqualTo("Ana");
        assertThat(home.select(".flash").text()).contains("Welcome");
        assertThat(c.get("/settings").headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        // behind a reverse proxy that terminates HTTPS the cookie is Secure
        WebClient proxied = new WebClient(site.base).header("X-Forwarded-Proto", "https");
        HttpResponse<String> p = proxied.post("/login", Map.of("_csrf", proxied.csrf("/login"), "name", "Ana", "password", PASSWORD));
        assertThat(WebClient.setCookies(p).stream().filter(s -> s.startsWith("nl_session=")).findFirst().orElseThrow())
                .containsIgnoringCase("Secure");

        // a session in use is extended, in the store and in the browser
        site.clock.advance(Duration.ofDays(20));
        HttpResponse<String> later = c.get("/settings");
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(WebClient.setCookies(later)).anyMatch(s -> s.startsWith("nl_session=" + c.cookies.get("nl_session")) && s.contains("Max-Age=2592000"));
        site.clock.advance(Duration.ofDays(20));
        assertThat(c.get("/settings").statusCode()).as("40 days after sign-in, 20 after last use").isEqualTo(200);

        // log out: the session is gone on the server, not only in the browser
        String token = c.cookies.get("nl_session");
        HttpResponse<String> out = c.post("/logout", Map.of("_csrf", sessionCsrf(c)));
        assertThat(out.headers().firstValue("Location").orElseThrow()).contains("/?notice=bye");
        WebClient replay = new WebClient(site.base);
        replay.cookies.put("nl_session", token);
        assertThat(replay.get("/settings").statusCode()).isEqualTo(303);
        assertThat(new WebClient(site.base).page("/").select("nav.account a[href^=/login]").text()).isEqualTo("Log in");
    }

    @Test
    void badSignUpsSayWhatIsWrongAndKeepTheName() {
        WebClient c = new WebClient(site.base);
        String csrf = c.csrf("/signup");
        HttpResponse<String> taken = c.post("/signup", Map.of("_csrf", csrf, "name", "Mona", "password", PASSWORD, "confirm", PASSWORD));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(taken.body()).select("[role=alert]").text()).isEqualTo("The name Mona is taken.");
        HttpResponse<String> differ = c.post("/signup", Map.of("_csrf", csrf, "name", "Carla", "password", PASSWORD, "confirm", PASSWORD + "x"));
        assertThat(differ.statusCode()).isEqualTo(400);
        Document d = Jsoup.parse(differ.body());
        assertThat(d.select("[role=alert]").text()).contains("differ");
        assertThat(d.select("input#name").attr("value")).isEqualTo("Carla");
        assertThat(d.select("input#password").attr("value")).as("a password is never sent back").isEmpty();
    }

    @Test
    void aPostWithoutAValidCsrfTokenIsRefusedAndChangesNothing() {
        WebClient c = reader("Csrf_Victim");
        String before = c.page(site.articlePath(site.lead)).select("section.comments").text();
        for (Map<String, String> form : List.of(
                Map.of("kind", "article", "target", site.lead.id(), "body", "forged"),
                Map.of("_csrf", "", "kind", "article", "target", site.lead.id(), "body", "forged"),
                Map.of("_csrf", Tokens.random(), "kind", "article", "target", site.lead.id(), "body", "forged"))) {
            HttpResponse<String> r = c.post("/comments", form);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
            assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("Form expired");
        }
        // the right token, but sent by a page of another site
        WebClient fromElsewhere = new WebClient(site.base).header("Sec-Fetch-Site", "cross-site");
        fromElsewhere.cookies.putAll(c.cookies);
        HttpResponse<String> crossSite = fromElsewhere.post("/comments", Map.of("_csrf", sessionCsrf(c), "kind", "article", "target", site.lead.id(), "body", "forged"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(c.page(site.articlePath(site.lead)).select("section.comments").text()).isEqualTo(before).doesNotContain("forged");
        // log-out, follow, moderation and sign-in forms are guarded too
        assertThat(c.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(c.get("/settings").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(c.post("/follow", Map.of("kind", "hashtag", "key", "SeaWall")).statusCode()).isEqualTo(403);
        assertThat(new WebClient(site.base).post("/login", Map.of("name", "Mona", "password", CommunitySite.MOD_PASSWORD)).statusCode()).isEqualTo(403);
        WebClient mod = signIn("Mona", CommunitySite.MOD_PASSWORD);
        assertThat(mod.post("/moderation/ban", Map.of("name", "Csrf_Victim", "reason", "x")).statusCode()).isEqualTo(403);
        // the JSON API wants the header
        String json = "{\"article\":\"" + site.lead.id() + "\",\"text\":\"via the API\"}";
        HttpResponse<String> api = c.postJson("/api/v1/comments", json, null);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("CSRF");
        HttpResponse<String> ok = c.postJson("/api/v1/comments", json, sessionCsrf(c));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(new WebClient(site.base).get("/api/v1/comments?article=" + site.lead.id()).body()).contains("via the API");
    }

    @Test
    void sessionFixationIsImpossible() {
        reader("Fix_Victim");
        // an id chosen by an attacker and planted in the victim's browser is never promoted to a session
        WebClient victim = new WebClient(site.base);
        String planted = Tokens.random();
        victim.cookies.put("nl_session", planted);
        HttpResponse<String> r = victim.post("/login", Map.of("_csrf", victim.csrf("/login"), "name", "Fix_Victim", "password", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(victim.cookies.get("nl_session")).isNotEqualTo(planted);
        WebClient attacker = new WebClient(site.base);
        attacker.cookies.put("nl_session", planted);
        assertThat(attacker.get("/settings").statusCode()).as("the planted id opens nothing").isEqualTo(303);

        // nor is the attacker's own valid session: signing in replaces it with a fresh one
        WebClient own = signIn("Mona", CommunitySite.MOD_PASSWORD);
        String attackersSession = own.cookies.get("nl_session");
        WebClient victim2 = new WebClient(site.base);
        victim2.cookies.put("nl_session", attackersSession);
        HttpResponse<String> login = victim2.post("/login", Map.of("_csrf", sessionCsrf(victim2), "name", "Fix_Victim", "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(victim2.cookies.get("nl_session")).isNotEqualTo(attackersSession);
        assertThat(victim2.page("/settings").select("dl.facts dd").first().text()).isEqualTo("Fix_Victim");
        WebClient attacker2 = new WebClient(site.base);
        attacker2.cookies.put("nl_session", attackersSession);
        assertThat(attacker2.get("/settings").statusCode()).isEqualTo(303);
    }

    @Test
    void bruteForceSignInIsThrottled() {
        reader("Brute_Target");
        WebClient attacker = new WebClient(site.base);
        String csrf = attacker.csrf("/login");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = attacker.post("/login", Map.of("_csrf", csrf, "name", "Brute_Target", "password", "guess number " + i));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(r.body()).select("[role=alert]").text()).isEqualTo("The name or the password is wrong.");
        }
        HttpResponse<String> blocked = attacker.post("/login", Map.of("_csrf", csrf, "name", "Brute_Target", "password", PASSWORD));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(1L, 900L);
        assertThat(Jsoup.parse(blocked.body()).select("[role=alert]").text()).startsWith("Too many failed sign-ins for this account.");
        assertThat(WebClient.setCookies(blocked)).noneMatch(s -> s.startsWith("nl_session="));
        site.clock.advance(Duration.ofMinutes(16));
        assertThat(signIn("Brute_Target", PASSWORD).cookies).containsKey("nl_session");
    }

    @Test
    void scriptInCommentsAndNamesIsShownAsTextAndLinksAreSafe() {
        WebClient c = reader("Xss_Poster");
        site.clock.advance(Duration.ofDays(4)); // an established account: its links are not held
        String payload = "<script>window.__pwned=1</script><img src=x onerror=alert(1)> javascript:alert(1) "
                + "see https://ok.example/path?a=1&b=2\"onmouseover=\"alert(1) and www.example.org.";
        assertThat(comment(c, payload).statusCode()).isEqualTo(303);
        Document page = c.page(site.articlePath(site.lead));
        Element comments = page.selectFirst("section.comments");
        assertThat(comments.select("script, img, iframe")).isEmpty();
        assertThat(comments.select("[onerror], [onmouseover]")).isEmpty();
        assertThat(comments.select(".comment-body").text()).contains("<script>window.__pwned=1</script>").contains("javascript:alert(1)");
        List<String> hrefs = comments.select(".comment-body a").eachAttr("href");
        assertThat(hrefs).containsExactly("https://ok.example/path?a=1&b=2", "https://www.example.org");
        assertThat(comments.select(".comment-body a").first().attr("rel")).contains("nofollow").contains("noopener");

        WebClient anon = new WebClient(site.base);
        HttpResponse<String> r = anon.post("/signup", Map.of("_csrf", anon.csrf("/signup"), "name", "<img src=x onerror=alert(1)>",
                "password", PASSWORD, "confirm", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(400);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("main img")).isEmpty();
        assertThat(d.select("input#name").attr("value")).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(d.select("[role=alert]").text()).contains("letters and digits");
    }

    @Test
    void sqlMetacharactersAreHarmless() {
        WebClient c = reader("Bobby_Tables");
        site.clock.advance(Duration.ofDays(4));
        String sql = "Robert'); DROP TABLE comments; -- \" OR 1=1 --";
        assertThat(comment(c, sql).statusCode()).isEqualTo(303);
        assertThat(c.page(site.articlePath(site.lead)).select(".comment-body").text()).contains(sql);
        WebClient anon = new WebClient(site.base);
        HttpResponse<String> login = anon.post("/login", Map.of("_csrf", anon.csrf("/login"), "name", "' OR '1'='1", "password", "' OR '1'='1"));
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(WebClient.setCookies(login)).noneMatch(s -> s.startsWith("nl_session="));
        assertThat(c.post("/follow", Map.of("_csrf", sessionCsrf(c), "kind", "hashtag", "key", "x'; DROP TABLE follows; --", "back", "/"))
                .statusCode()).isEqualTo(404);
        assertThat(c.get("/api/v1/comments?article=" + site.lead.id() + "'--").statusCode()).isEqualTo(404);
        assertThat(c.post("/comments/1%20OR%201=1/delete", Map.of("_csrf", sessionCsrf(c))).statusCode()).isEqualTo(404);
        // every table is still there and still answers
        assertThat(new WebClient(site.base).get("/api/v1/comments?article=" + site.lead.id()).body()).contains("DROP TABLE comments");
        assertThat(c.page("/for-you").select("h1").text()).isEqualTo("For you");
    }

    @Test
    void commentRepliesEditsDeletionAndOrder() {
        Document empty = new WebClient(site.base).page(site.storyPath());
        assertThat(empty.select("section.comments .empty").text()).isEqualTo("No comments yet.");
        assertThat(empty.select("section.comments .sign-in-to-comment a").eachText()).containsExactly("Log in", "sign up");

        WebClient ana = reader("Story_Ana"), bo = reader("Story_Bo");
        site.clock.advance(Duration.ofDays(4));
        String anaCsrf = sessionCsrf(ana);
        HttpResponse<String> posted = ana.post("/comments", Map.of("_csrf", anaCsrf, "kind", "story", "target", site.storyId, "body", "First on the story"));
        assertThat(posted.headers().firstValue("Location").orElseThrow()).startsWith(site.storyPath() + "?notice=posted#comment-");
        long first = Long.parseLong(posted.headers().firstValue("Location").orElseThrow().replaceAll(".*#comment-", ""));
        site.clock.advance(Duration.ofMinutes(1));
        assertThat(bo.post("/comments", Map.of("_csrf", sessionCsrf(bo), "kind", "story", "target", site.storyId, "body", "A reply",
                "parent", Long.toString(first))).statusCode()).isEqualTo(303);
        assertThat(bo.post("/comments", Map.of("_csrf", sessionCsrf(bo), "kind", "story", "target", site.storyId, "body", "Second on the story"))
                .statusCode()).isEqualTo(303);

        Document page = bo.page(site.storyPath());
        assertThat(page.select("ol.comment-list > li.comment > .meta .author").eachText()).containsExactly("Story_Ana", "Story_Bo");
        assertThat(page.select("#comment-" + first + " ol.replies .comment-body").text()).isEqualTo("A reply");
        assertThat(page.select("#comment-" + first + " > .comment-actions details.report")).as("others' comments can be reported").hasSize(1);
        assertThat(page.select("#comment-" + first + " > .comment-actions details.edit")).as("only the author edits").isEmpty();
        Document newest = bo.page(site.storyPath() + "?comments=newest");
        assertThat(newest.select("ol.comment-list > li.comment > .comment-body").eachText()).containsExactly("Second on the story", "First on the story");

        assertThat(ana.post("/comments/" + first + "/edit", Map.of("_csrf", anaCsrf, "body", "First, corrected")).statusCode()).isEqualTo(303);
        Document edited = ana.page(site.storyPath());
        assertThat(edited.select("#comment-" + first + " > .comment-body").text()).isEqualTo("First, corrected");
        assertThat(edited.select("#comment-" + first + " > .meta .edited").text()).isEqualTo("edited");
        assertThat(bo.post("/comments/" + first + "/edit", Map.of("_csrf", sessionCsrf(bo), "body", "hijacked")).statusCode()).isEqualTo(403);
        site.clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> late = ana.post("/comments/" + first + "/edit", Map.of("_csrf", anaCsrf, "body", "too late"));
        assertThat(late.statusCode()).isEqualTo(403);
        Document retry = Jsoup.parse(late.body());
        assertThat(retry.select("[role=alert]").text()).contains("15 minutes");
        assertThat(retry.select("textarea").text()).as("the text typed is not lost").isEqualTo("too late");

        assertThat(ana.post("/comments/" + first + "/delete", Map.of("_csrf", anaCsrf)).statusCode()).isEqualTo(303);
        Document after = ana.page(site.storyPath());
        assertThat(after.select("#comment-" + first + " > .comment-gone").text()).isEqualTo("This comment was deleted.");
        assertThat(after.select("#comment-" + first + " ol.replies .comment-body").text()).isEqualTo("A reply");
    }

    @Test
    void aLookAlikeNameIsRefusedAtSignUp() {
        reader("alice_r");
        WebClient c = new WebClient(site.base);
        HttpResponse<String> r = c.post("/signup", Map.of("_csrf", c.csrf("/signup"), "name", "\u0430lice_r",
                "password", PASSWORD, "confirm", PASSWORD, "next", "/"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(r.body()).select("[role=alert]").text()).isEqualTo("The name \u0430lice_r is taken: it looks the same as alice_r.");
        assertThat(c.cookies).doesNotContainKey("nl_session");
    }

    @Test
    void aCommentOfInvisibleCharactersIsEmptyAndOneCannotHideABlockedWordWithThem() {
        WebClient c = reader("Invisible_Ink");
        String csrf = sessionCsrf(c);
        HttpResponse<String> empty = c.postJson("/api/v1/comments", "{\"article\":\"" + site.lead.id() + "\",\"text\":\"\\u200b\\u200b\"}", csrf);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The comment is empty.");
        HttpResponse<String> form = comment(c, "\u200b \ufeff");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(form.body()).text()).contains("The comment is empty.");

        WebClient mod = signIn("Mona", CommunitySite.MOD_PASSWORD);
        String modCsrf = mod.page("/moderation").select("input[name=_csrf]").first().attr("value");
        assertThat(mod.post("/moderation/words", Map.of("_csrf", modCsrf, "word", "spamword")).statusCode()).isEqualTo(303);
        HttpResponse<String> evading = c.postJson("/api/v1/comments",
                "{\"article\":\"" + site.lead.id() + "\",\"text\":\"sp\\u200bamword evade\"}", csrf);
        assertThat(evading.statusCode()).isEqualTo(201);
        assertThat(evading.body()).contains("\"status\":\"held\"");
        assertThat(mod.post("/moderation/words/delete", Map.of("_csrf", modCsrf, "word", "spamword")).statusCode()).isEqualTo(303);
    }

    @Test
    void aHiddenCommentShowsItsAuthorTheModeratorsReasonAndNobodyElseAnything() {
        WebClient author = reader("Hidden_Author"), other = reader("Hidden_Other");
        HttpResponse<String> posted = comment(author, "Something nobody asked about");
        String id = posted.headers().firstValue("Location").orElseThrow().replaceAll(".*#comment-", "");
        WebClient mod = signIn("Mona", CommunitySite.MOD_PASSWORD);
        String modCsrf = mod.page("/moderation").select("input[name=_csrf]").first().attr("value");
        assertThat(mod.post("/moderation/comments/" + id + "/hide", Map.of("_csrf", modCsrf, "reason", "off topic")).statusCode()).isEqualTo(303);
        assertThat(mod.page("/moderation").select("#mod-" + id + " .why").text()).as("the moderators see the reason too").isEqualTo("off topic");

        String path = site.articlePath(site.lead);
        Document own = author.page(path);
        assertThat(own.select("#comment-" + id + " .hidden-note").text()).isEqualTo("Hidden by a moderator: off topic. Only you can see it.");
        assertThat(own.select("#comment-" + id + " .comment-body").text()).isEqualTo("Something nobody asked about");
        assertThat(own.select("#comment-" + id + " > .comment-actions details.delete")).as("the author may still delete it").hasSize(1);
        assertThat(own.select("#comment-" + id + " > .comment-actions details.edit, #comment-" + id + " > .comment-actions details.reply")).isEmpty();
        for (WebClient stranger : List.of(other, new WebClient(site.base))) {
            String page = stranger.get(path).body();
            assertThat(page).doesNotContain("comment-" + id + "\"").doesNotContain("Something nobody asked about").doesNotContain("off topic");
        }
        assertThat(author.get("/api/v1/comments?article=" + site.lead.id()).body()).contains("\"hidden_reason\":\"off topic\"");
        assertThat(new WebClient(site.base).get("/api/v1/comments?article=" + site.lead.id()).body())
                .doesNotContain("hidden_reason").doesNotContain("Something nobody asked about");
    }

    @Test
    void reportsAndModeration() {
        WebClient author = reader("Mod_Author"), r1 = reader("Mod_R1");
        HttpResponse<String> held = author.post("/comments", Map.of("_csrf", sessionCsrf(author), "kind", "article", "target", site.lead.id(),
                "body", "Cheap deals at www.deals.example"));
        assertThat(held.headers().firstValue("Location").orElseThrow()).contains("notice=held-link");
        assertThat(new WebClient(site.base).page(site.articlePath(site.lead)).select(".comment-body").text()).doesNotContain("Cheap deals");
        assertThat(author.page(site.articlePath(site.lead) + "?notice=held-link").select(".flash").text()).contains("waits for a moderator");

        assertThat(r1.get("/moderation").statusCode()).as("readers are kept out").isEqualTo(403);
        WebClient mod = signIn("Mona", CommunitySite.MOD_PASSWORD);
        Document queue = mod.page("/moderation");
        Element item = queue.select("section[aria-labelledby=held-heading] li.mod-item").stream()
                .filter(e -> e.text().contains("Cheap deals")).findFirst().orElseThrow();
        assertThat(item.select(".why").text()).isEqualTo("link from a new account");
        String id = item.id().replace("mod-", "");
        String modCsrf = queue.select("input[name=_csrf]").first().attr("value");
        assertThat(mod.post("/moderation/comments/" + id + "/restore", Map.of("_csrf", modCsrf)).statusCode()).isEqualTo(303);
        assertThat(new WebClient(site.base).page(site.articlePath(site.lead)).select(".comment-body").text()).contains("Cheap deals");

        assertThat(r1.post("/comments/" + id + "/report", Map.of("_csrf", sessionCsrf(r1), "reason", "spam")).statusCode()).isEqualTo(303);
        Element reported = mod.page("/moderation").select("section[aria-labelledby=reported-heading] li.mod-item").first();
        assertThat(reported.select(".report-lines").text()).contains("spam (Mod_R1");
        assertThat(mod.post("/moderation/comments/" + id + "/hide", Map.of("_csrf", modCsrf, "reason", "advertising")).statusCode()).isEqualTo(303);
        assertThat(new WebClient(site.base).page(site.articlePath(site.lead)).select(".comment-body").text()).doesNotContain("Cheap deals");

        assertThat(mod.post("/moderation/words", Map.of("_csrf", modCsrf, "word", "Miracle Cure")).statusCode()).isEqualTo(303);
        assertThat(mod.page("/moderation").select(".chips.words li span").eachText()).contains("miracle cure");
        HttpResponse<String> ban = mod.post("/moderation/ban", Map.of("_csrf", modCsrf, "name", "mod_author", "reason", "Spam links", "hide", "yes"));
        assertThat(ban.statusCode()).isEqualTo(303);
        assertThat(author.get("/settings").statusCode()).as("a banned account is signed out").isEqualTo(303);
        WebClient again = new WebClient(site.base);
        HttpResponse<String> refused = again.post("/login", Map.of("_csrf", again.csrf("/login"), "name", "Mod_Author", "password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).isEqualTo("This account is banned: Spam links");
        assertThat(mod.post("/moderation/ban", Map.of("_csrf", modCsrf, "name", "Mona", "reason", "x")).statusCode()).isEqualTo(400);

        Document log = mod.page("/moderation");
        List<String> actions = log.select("table.mod-log tbody tr").stream().map(tr -> tr.select("td").get(2).text()).toList();
        assertThat(actions).containsSubsequence("ban", "block word", "hide", "restore");
        Element banRow = log.select("table.mod-log tbody tr").first();
        assertThat( banRow.select("td").get(1).text()).isEqualTo("Mona");
        assertThat( banRow.select("time").attr("datetime")).isEqualTo(site.clock.instant().toString());
        assertThat(log.select("table.bans").text()).contains("Mod_Author").contains("Spam links");
    }

    @Test
    void followAHashtagAndReadItInForYouAndThePrivateFeed() {
        WebClient c = reader("Follower");
        site.publish("ferry-now", "Ferry timetable changes on Monday", "Ferries"); // fresh, whatever other tests did to the clock
        Document tag = c.page("/en/hashtag/Ferries");
        Element follow = tag.selectFirst("form.follow");
        assertThat(follow.attr("action")).isEqualTo("/follow");
        HttpResponse<String> r = c.post("/follow", Map.of("_csrf", follow.select("input[name=_csrf]").attr("value"), "kind", "hashtag",
                "key", "Ferries", "back", "/en/hashtag/Ferries"));
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/en/hashtag/Ferries?notice=followed");
        assertThat(c.page("/en/hashtag/Ferries").select("form.follow").attr("action")).isEqualTo("/unfollow");
        Document forYou = c.page("/for-you");
        assertThat(forYou.select(".for-you-item h2").eachText()).first().isEqualTo("Ferry timetable changes on Monday");
        assertThat(forYou.select(".because").text()).contains("#Ferries");
        assertThat(forYou.select(".following-list a").eachText()).containsExactly("#Ferries");
        assertThat(new WebClient(site.base).get("/for-you").headers().firstValue("Location").orElseThrow()).contains("/login?next=%2Ffor-you");

        String csrf = sessionCsrf(c);
        Document settings = Jsoup.parse(c.post("/settings/feed", Map.of("_csrf", csrf, "action", "new")).body());
        String url = settings.select("input#feed-url").attr("value");
        assertThat(url).startsWith(site.base + "/feeds/").endsWith("/for-you.atom");
        HttpResponse<String> feed = new WebClient(site.base).get(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("Ferry timetable changes on Monday");
        String newer = Jsoup.parse(c.post("/settings/feed", Map.of("_csrf", csrf, "action", "new")).body()).select("input#feed-url").attr("value");
        assertThat(new WebClient(site.base).get(url).statusCode()).as("the old address stops working").isEqualTo(404);
        assertThat(new WebClient(site.base).get(newer).statusCode()).isEqualTo(200);
        c.post("/settings/feed", Map.of("_csrf", csrf, "action", "off"));
        assertThat(new WebClient(site.base).get(newer).statusCode()).isEqualTo(404);
        assertThat(c.page("/settings").select("input#feed-url")).as("the secret is never shown again").isEmpty();
    }

    @Test
    void passwordGuessesInTheSettingsAreThrottledLikeSignIns() {
        WebClient c = reader("Settings_Guesser");
        String csrf = sessionCsrf(c);
        for (int i = 0; i < 5; i++) {
            assertThat(c.post("/settings/password", Map.of("_csrf", csrf, "current", "guess " + i + " at it", "password", "new password 22",
                    "confirm", "new password 22")).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> locked = c.post("/settings/password", Map.of("_csrf", csrf, "current", PASSWORD, "password", "new password 22",
                "confirm", "new password 22"));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(c.post("/settings/delete", Map.of("_csrf", csrf, "password", PASSWORD, "confirm", "yes")).statusCode()).isEqualTo(429);
        WebClient elsewhere = new WebClient(site.base);
        assertThat(elsewhere.post("/login", Map.of("_csrf", elsewhere.csrf("/login"), "name", "Settings_Guesser", "password", PASSWORD))
                .statusCode()).as("the same lock as sign-in").isEqualTo(429);
    }

    @Test
    void changePasswordExportAndDeleteAccount() {
        WebClient c = reader("Leaver");
        WebClient otherBrowser = signIn("Leaver", PASSWORD);
        String csrf = sessionCsrf(c);
        HttpResponse<String> wrong = c.post("/settings/password", Map.of("_csrf", csrf, "current", "not it at all", "password", "new password 22", "confirm", "new password 22"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select("[role=alert]").text()).isEqualTo("The current password is wrong.");
        String oldToken = c.cookies.get("nl_session");
        assertThat(c.post("/settings/password", Map.of("_csrf", csrf, "current", PASSWORD, "password", "new password 22", "confirm", "new password 22"))
                .statusCode()).isEqualTo(303);
        assertThat(c.cookies.get("nl_session")).as("rotated").isNotEqualTo(oldToken);
        assertThat(otherBrowser.get("/settings").statusCode()).as("other browsers are signed out").isEqualTo(303);

        comment(c, "A comment to export");
        HttpResponse<String> export = c.get("/settings/export.json");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(export.body()).contains("\"name\" : \"Leaver\"").contains("A comment to export").doesNotContain("argon2");

        HttpResponse<String> noTick = c.post("/settings/delete", Map.of("_csrf", sessionCsrf(c), "password", "new password 22"));
        assertThat(noTick.statusCode()).isEqualTo(400);
        HttpResponse<String> gone = c.post("/settings/delete", Map.of("_csrf", sessionCsrf(c), "password", "new password 22", "confirm", "yes"));
        assertThat(gone.headers().firstValue("Location").orElseThrow()).contains("notice=account-deleted");
        assertThat(c.get("/settings").statusCode()).isEqualTo(303);
        assertThat(new WebClient(site.base).page(site.articlePath(site.lead)).select(".comment-body").text()).doesNotContain("A comment to export");
        WebClient again = new WebClient(site.base);
        assertThat(again.post("/login", Map.of("_csrf", again.csrf("/login"), "name", "Leaver", "password", "new password 22")).statusCode()).isEqualTo(400);
    }
}
