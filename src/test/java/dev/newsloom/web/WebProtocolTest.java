package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.CommunityConfig;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.testing.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP itself, over a real server: error bodies in the shape of their address, bad numbers,
 * unknown languages, HEAD, 405, charsets, ETags, over-long addresses, requests without Host,
 * the comments API's refusals and each reader's own For-you feed id.
 */
class WebProtocolTest {
    static final String PASSWORD = "reader password 1";
    static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir static Path dir;
    static CommunitySite site;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults().withSignupsPerAddress(1000).withCommentsPerBurst(100));
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    static WebClient reader(String name) {
        return site.signUp(name, PASSWORD);
    }

    static String sessionCsrf(WebClient c) {
        return CommunitySite.sessionCsrf(c);
    }

    static HttpResponse<String> send(String method, String path, WebClient as, String csrf, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) b.header("Content-Type", "application/json");
        if (csrf != null) b.header("X-CSRF-Token", csrf);
        if (as != null && !as.cookies.isEmpty()) {
            b.header("Cookie", as.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        headers.forEach(b::header);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    static HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null, Map.of());
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole answer, headers and body, to a request written byte for byte. */
    static String raw(String request) throws Exception {
        URI u = URI.create(site.base);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            in.transferTo(got);
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHandlersOwn404BodyIsKept() {
        HttpResponse<String> article = get("/api/v1/articles/" + UNKNOWN_ID);
        assertThat(article.statusCode()).isEqualTo(404);
        assertThat(article.body()).isEqualTo("{\"error\":\"no article with id " + UNKNOWN_ID + "\"}");
        HttpResponse<String> comments = get("/api/v1/comments?article=" + UNKNOWN_ID);
        assertThat(comments.statusCode()).isEqualTo(404);
        assertThat(comments.body()).contains("no such article or story");
        HttpResponse<String> feed = get("/en/hashtag/NoSuchTagXyz/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(404);
        assertThat(type(feed)).startsWith("text/plain");
        assertThat(feed.body()).isEqualTo("no such hashtag");
        HttpResponse<String> page = get("/en/article/" + UNKNOWN_ID);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("main p, p").eachText()).contains("There is no article with this address; it may have expired.");
        HttpResponse<String> story = get("/en/story/" + UNKNOWN_ID);
        assertThat(story.body()).contains("There is no story with this address");

        HttpResponse<String> nowhere = get("/no/such/page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("There is no page at this address.");
        HttpResponse<String> noApi = get("/api/v1/nothing-here");
        assertThat(noApi.statusCode()).isEqualTo(404);
        assertThat(type(noApi)).startsWith("application/json");
        assertThat(noApi.body()).startsWith("{\"error\":");
    }

    @Test
    void anExceptionOnTheApiIsA500JsonErrorWithoutInternalText(@TempDir Path broken) throws Exception {
        Database db = Database.openSqlite(broken);
        ArticleRepository articles = new ArticleRepository(db);
        SourceRepository sources = new SourceRepository(db);
        dev.newsloom.search.ArticleIndex index = dev.newsloom.search.ArticleIndex.open(broken.resolve("index"));
        WebServer web = new WebServer(articles, sources, new dev.newsloom.store.TagRepository(db), index,
                new dev.newsloom.store.StoryRepository(db), new dev.newsloom.stories.StoryEngine(dev.newsloom.stories.StoryConfig.defaults(), null),
                Clock.fixed(CommunitySite.NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        try {
            // the store loses its articles table behind the site's back: every query of it now fails inside the handler
            try (java.sql.Connection sql = java.sql.DriverManager.getConnection("jdbc:sqlite:" + broken.resolve("newsloom.db"))) {
                sql.createStatement().execute("DROP TABLE articles");
            }
            String base = "http://127.0.0.1:" + web.port();
            HttpResponse<String> api = dev.newsloom.testing.Http.get(base + "/api/v1/articles");
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(type(api)).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
            assertThat(api.body()).startsWith("{\"error\":\"").doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                    .doesNotContain("<html");
            HttpResponse<String> page = dev.newsloom.testing.Http.get(base + "/");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(type(page)).startsWith("text/html");
            assertThat(page.body()).contains("The page could not be shown.");
        } finally {
            web.close();
            index.close();
            db.close();
        }
    }

    @Test
    void aNumberThatIsNotWholeIsA400InTheShapeOfItsAddress() {
        for (String page : new String[] {"/?page=abc", "/en/category/world?page=abc", "/search?q=sea&page=x", "/en/hashtag/SeaWall?page=1.5"}) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(400);
            assertThat(type(r)).as(page).startsWith("text/html");
            assertThat(r.body()).as(page).doesNotContain("TYPE_CONVERSION_FAILED");
            assertThat(Jsoup.parse(r.body()).select("p").text()).as(page).contains("The page in this address must be a whole number");
        }
        for (String api : new String[] {"/api/v1/articles?limit=abc", "/api/v1/articles?limit=1.5", "/api/v1/articles?offset=x",
                "/api/v1/search?q=sea&limit=ten", "/api/v1/search?q=sea&offset=1e3"}) {
            HttpResponse<String> r = get(api);
            assertThat(r.statusCode()).as(api).isEqualTo(400);
            assertThat(type(r)).as(api).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
            assertThat(r.body()).as(api).startsWith("{\"error\":\"The ").contains("must be a whole number").doesNotContain("TYPE_CONVERSION");
        }
        assertThat(get("/api/v1/articles?limit=abc").body()).contains("The limit");
        assertThat(get("/api/v1/articles?limit=").statusCode()).as("an empty value is no value").isEqualTo(200);
        assertThat(get("/?page=").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/articles?limit=99999999999999").statusCode()).as("too big is clamped, as before").isEqualTo(200);
    }

    @Test
    void aNegativeOrZeroNumberIsRefusedNotMovedIntoRange() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String[] c : new String[][] {{"/api/v1/articles?limit=-5", "limit"}, {"/api/v1/articles?limit=0", "limit"},
                {"/api/v1/articles?offset=-1", "offset"}, {"/api/v1/articles?offset=-99999999999999999999", "offset"},
                {"/api/v1/articles?offset=99999999999999999999", "offset"}, {"/api/v1/articles?offset=abc", "offset"},
                {"/api/v1/search?q=sea&limit=-5", "limit"}, {"/api/v1/search?q=sea&offset=-1", "offset"},
                {"/api/v1/search?q=sea&limit=x", "limit"}}) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(type(r)).as(c[0]).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
            var body = json.readTree(r.body());
            assertThat(body.get("error").asText()).as(c[0]).startsWith("The " + c[1] + " in this address must be");
            assertThat(body.get("problems")).as(c[0]).hasSize(1);
            assertThat(body.get("problems").get(0).get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(body.get("problems").get(0).get("message").asText()).as(c[0]).isEqualTo(body.get("error").asText());
        }
        // a bad number beside a bad filter: both named, with the query echoed as every search refusal does
        var both = json.readTree(get("/api/v1/search?q=sea&offset=-1&sort=bogus").body());
        assertThat(both.get("query").asText()).isEqualTo("sea");
        assertThat(both.get("problems").findValuesAsText("parameter")).containsExactlyInAnyOrder("sort", "offset");
        for (String page : new String[] {"/?page=-1", "/?page=0", "/en/category/world?page=-2", "/en/hashtag/SeaWall?page=0",
                "/search?q=sea&page=-1", "/source/" + site.harbor.id() + "?page=-3"}) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(400);
            assertThat(type(r)).as(page).startsWith("text/html");
            assertThat(Jsoup.parse(r.body()).select("p").text()).as(page).contains("The page in this address must be 1 or more");
        }
        assertThat(get("/?page=1").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/articles?offset=0&limit=1").statusCode()).isEqualTo(200);
    }

    @Test
    void anOffsetPastTheEndOfTheArticlesIsAnEmptyListWithTheTrueTotal() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var all = json.readTree(get("/api/v1/articles?limit=100").body());
        long total = all.get("total").asLong();
        assertThat(total).isEqualTo(all.get("articles").size()).isPositive();
        assertThat(all.get("offset").asLong()).isZero();
        var last = json.readTree(get("/api/v1/articles?limit=2&offset=" + (total - 1)).body());
        assertThat(last.get("articles")).hasSize(1);
        assertThat(last.get("articles").get(0).get("id").asText()).isEqualTo(all.get("articles").get((int) total - 1).get("id").asText());
        for (String offset : new String[] {Long.toString(total), "2147483648", "9223372036854775807"}) {
            var past = json.readTree(get("/api/v1/articles?offset=" + offset).body());
            assertThat(past.get("articles")).as(offset).isEmpty();
            assertThat(past.get("offset").asText()).as("the offset asked for, not a clamp").isEqualTo(offset);
            assertThat(past.get("total").asLong()).as(offset).isEqualTo(total);
            assertThat(past.get("limit").asInt()).isEqualTo(30);
        }
        var big = json.readTree(get("/api/v1/articles?limit=1000").body());
        assertThat(big.get("limit").asInt()).as("a limit above the most is the most, and says so").isEqualTo(100);
    }

    @Test
    void aLanguageTheSiteDoesNotServeIsNotFound() {
        for (String path : new String[] {"/zz/category/world/feed.atom", "/1%3Cx%3E/category/world/feed.atom", "/zz/category/world",
                "/zz/hashtag/SeaWall", "/zz/hashtag/SeaWall/feed.atom", "/EN/category/world"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("<x>");
        }
        assertThat(type(get("/zz/category/world/feed.atom"))).startsWith("text/plain");
        assertThat(get("/en/category/world/feed.atom").statusCode()).isEqualTo(200);
        assertThat(get("/de/category/world").statusCode()).as("a language with no such articles sends to the one with them").isEqualTo(302);
        HttpResponse<String> article = get("/zz/article/" + site.lead.id());
        assertThat(article.statusCode()).as("an article sends the reader to its own address").isEqualTo(301);
        assertThat(article.headers().firstValue("Location").orElseThrow()).endsWith(site.articlePath(site.lead));
        HttpResponse<String> story = get("/zz/story/" + site.storyId);
        assertThat(story.statusCode()).as("and so does a story: nothing is served under the made-up prefix").isEqualTo(301);
        assertThat(story.headers().firstValue("Location").orElseThrow()).endsWith(site.storyPath());
        assertThat(get("/zz/story/" + UNKNOWN_ID).statusCode()).isEqualTo(404);
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        for (String path : new String[] {"/en/article/" + UNKNOWN_ID, "/en/category/world/feed.atom", "/api/v1/articles",
                site.articlePath(site.lead), "/en/hashtag/NoSuchTagXyz/feed.atom", "/no/such/page", "/api/v1/nothing-here"}) {
            HttpResponse<String> get = get(path), head = send("HEAD", path, null, null, null, Map.of());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(type(head)).as(path).isEqualTo(type(get));
            assertThat(head.headers().firstValue("Allow")).as(path).isEqualTo(get.headers().firstValue("Allow"));
        }
        for (String path : new String[] {"/en/category/world/feed.atom", "/api/v1/articles", "/api/v1/sources"}) { // same bytes each time
            assertThat(send("HEAD", path, null, null, null, Map.of()).headers().firstValue("ETag")).as(path)
                    .isEqualTo(get(path).headers().firstValue("ETag")).isPresent();
        }
        assertThat(send("HEAD", "/en/article/" + UNKNOWN_ID, null, null, null, Map.of()).statusCode()).isEqualTo(404);
        String answer = raw("HEAD /en/category/world/feed.atom HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("Content-Type: application/atom+xml");
        assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).as("no body").isEmpty();
    }

    @Test
    void aWrongMethodIs405WithAllowAndCsrfStillGuardsWrites() {
        HttpResponse<String> signedOut = send("POST", "/api/v1/articles", null, null, "{}", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(405);
        assertThat(signedOut.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD");
        assertThat(signedOut.body()).startsWith("{\"error\":");

        WebClient c = reader("Methodical");
        String csrf = sessionCsrf(c);
        HttpResponse<String> post = send("POST", "/api/v1/articles", c, csrf, "{}", Map.of());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> put = send("PUT", "/api/v1/comments", c, csrf, "{}", Map.of());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD, POST");
        assertThat(send("DELETE", "/api/v1/sources", c, csrf, null, Map.of()).statusCode()).isEqualTo(405);
        HttpResponse<String> page = send("POST", "/en/hashtag/SeaWall", null, null, null, Map.of());
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(type(page)).startsWith("text/html");

        // the routes that change things still refuse a request without the token
        HttpResponse<String> noToken = send("POST", "/api/v1/comments", c, null,
                "{\"article\":\"" + site.lead.id() + "\",\"text\":\"no token\"}", Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(type(noToken)).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
        assertThat(c.post("/comments", Map.of("kind", "article", "target", site.lead.id(), "body", "no token")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/settings/delete", c, null, null, Map.of()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/comments?article=" + site.lead.id()).body()).doesNotContain("no token");
    }

    @Test
    void everyJsonAnswerSaysItsCharset() {
        WebClient c = reader("Charset");
        for (HttpResponse<String> r : new HttpResponse[] {get("/api/v1/search?q=sea"), get("/api/v1/suggest?q=se"),
                get("/api/v1/comments?article=" + site.lead.id()), get("/healthz"), get("/api/v1/comments"),
                get("/api/v1/nothing-here"), get("/api/v1/articles"), get("/api/v1/sources"),
                send("POST", "/api/v1/comments", c, null, "{}", Map.of())}) {
            assertThat(type(r)).as(r.uri().toString()).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
        }
    }

    @Test
    void etagsAreQuotedAndIfNoneMatchMatchesAnySpelling() {
        HttpResponse<String> first = get("/api/v1/sources");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("(W/)?\"[^\"]+\"");
        String opaque = tag.replaceFirst("^W/", "");
        for (String sent : new String[] {tag, opaque, "\"other\", " + tag, opaque.replace("\"", ""), "*"}) {
            HttpResponse<String> again = send("GET", "/api/v1/sources", null, null, null, Map.of("If-None-Match", sent));
            assertThat(again.statusCode()).as(sent).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        assertThat(send("GET", "/api/v1/sources", null, null, null, Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/api/v1/sources", null, null, null, Map.of("If-None-Match", tag)).statusCode()).isEqualTo(304);
        assertThat(get(site.articlePath(site.lead)).headers().firstValue("ETag").orElseThrow()).matches("(W/)?\"[^\"]+\"");
    }

    @Test
    void anOverLongAddressOnTheApiIsJsonAndNoHostNeverMeansNull() throws Exception {
        String api = raw("GET /api/v1/articles?x=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 414").containsIgnoringCase("Content-Type: application/json;charset=utf-8");
        assertThat(api).endsWith("{\"error\":\"the address is longer than 8192 characters\"}");
        String page = raw("GET /search?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 414").contains("text/html").contains("This address is longer than");
        String headers = raw("GET /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(70_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(headers).startsWith("HTTP/1.1 431").contains("{\"error\":");

        String feed = raw("GET /en/category/world/feed.atom HTTP/1.0\r\n\r\n");
        assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("http://null");
        assertThat(feed).contains("href=\"" + site.base + "/en/category/world/feed.atom\"");
    }

    @Test
    void aCommentBodyOverTheCapIs413InJson() {
        WebClient c = reader("Long_Writer");
        String csrf = sessionCsrf(c);
        String big = "{\"article\":\"" + site.lead.id() + "\",\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> r = send("POST", "/api/v1/comments", c, csrf, big, Map.of());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(type(r)).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
        assertThat(r.body()).isEqualTo("{\"error\":\"request body too large\"}");
        assertThat(get("/api/v1/comments?article=" + site.lead.id()).body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void theCommentsApiRefusesWhatItCannotFileAndSaysWhereACommentWent() {
        WebClient c = reader("Api_Commenter");
        String csrf = sessionCsrf(c);
        String article = site.lead.id(), story = site.storyId;
        HttpResponse<String> noTarget = send("POST", "/api/v1/comments", c, csrf, "{\"text\":\"x\"}", Map.of());
        assertThat(noTarget.statusCode()).isEqualTo(400);
        assertThat(noTarget.body()).contains("give the article or the story");
        assertThat(get("/api/v1/comments").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/comments?article=" + article + "&story=").statusCode()).as("an empty story is no story").isEqualTo(200);

        HttpResponse<String> top = send("POST", "/api/v1/comments", c, csrf, "{\"article\":\"" + article + "\",\"text\":\"Top comment\"}", Map.of());
        assertThat(top.statusCode()).as(top.body()).isEqualTo(201);
        assertThat(top.body()).contains("\"on\":\"article\"", "\"article\":\"" + article + "\"",
                "\"page\":\"" + site.articlePath(site.lead) + "\"", "\"href\":\"" + site.articlePath(site.lead) + "#comment-");
        long topId = Long.parseLong(top.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        for (String parent : new String[] {"\"abc\"", "1.5", "true", "\"\""}) {
            HttpResponse<String> bad = send("POST", "/api/v1/comments", c, csrf,
                    "{\"article\":\"" + article + "\",\"parent\":" + parent + ",\"text\":\"reply\"}", Map.of());
            assertThat(bad.statusCode()).as(parent).isEqualTo(400);
            assertThat(bad.body()).contains("parent must be the id");
        }
        HttpResponse<String> elsewhere = send("POST", "/api/v1/comments", c, csrf,
                "{\"story\":\"" + story + "\",\"parent\":" + topId + ",\"text\":\"reply on the story\"}", Map.of());
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("comment " + topId + " is on the article " + article + ", not on the story " + story);
        assertThat(get("/api/v1/comments?story=" + story).body()).doesNotContain("reply on the story");
        assertThat(get("/api/v1/comments?article=" + article).body()).doesNotContain("reply on the story");

        HttpResponse<String> reply = send("POST", "/api/v1/comments", c, csrf,
                "{\"article\":\"" + article + "\",\"story\":\"\",\"parent\":\"" + topId + "\",\"text\":\"A proper reply\"}", Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(reply.body()).contains("\"reply_to\":" + topId, "\"on\":\"article\"");
        HttpResponse<String> onStory = send("POST", "/api/v1/comments", c, csrf, "{\"story\":\"" + story + "\",\"text\":\"On the story\"}", Map.of());
        assertThat(onStory.body()).contains("\"on\":\"story\"", "\"story\":\"" + story + "\"", "\"page\":\"" + site.storyPath() + "\"");

        // the form refuses the same things instead of filing a top-level comment or one elsewhere
        HttpResponse<String> form = c.post("/comments", Map.of("_csrf", csrf, "kind", "story", "target", story, "parent",
                Long.toString(topId), "body", "form reply elsewhere"));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(c.post("/comments", Map.of("_csrf", csrf, "kind", "article", "target", article, "parent", "abc",
                "body", "form reply to nothing")).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/comments?article=" + article).body()).doesNotContain("form reply");
        assertThat(get("/api/v1/comments?story=" + story).body()).doesNotContain("form reply");
    }

    @Test
    void behindAProxyAbsoluteLinksUseTheHostTheVisitorAskedFor() {
        String feed = "/en/category/world/feed.atom";
        assertThat(feedLinks(feed, Map.of("X-Forwarded-Host", "news.example.org", "X-Forwarded-Proto", "https")))
                .allMatch(h -> h.startsWith("https://news.example.org/"));
        assertThat(feedLinks(feed, Map.of("X-Forwarded-Host", "News.Example.org:8443, backend.internal:7350")))
                .as("the first host, the outermost proxy's").allMatch(h -> h.startsWith("http://news.example.org:8443/"));
        assertThat(feedLinks(feed, Map.of("X-Forwarded-Host", "news.example.org", "X-Forwarded-Proto", "https, http")))
                .as("the first scheme of a chain of proxies, the visitor's").allMatch(h -> h.startsWith("https://news.example.org/"));
        assertThat(feedLinks(feed, Map.of("Forwarded", "for=192.0.2.60;proto=https;host=\"news.example.org:8443\", for=10.0.0.2;host=backend",
                "X-Forwarded-Host", "other.example"))).as("RFC 7239 Forwarded, before X-Forwarded-Host")
                .allMatch(h -> h.startsWith("https://news.example.org:8443/"));
        assertThat(feedLinks(feed, Map.of("Forwarded", "for=192.0.2.60;host=[2001:db8::1]:8080")))
                .allMatch(h -> h.startsWith("http://[2001:db8::1]:8080/"));
        for (String bad : new String[] {"evil.example/path", "evil.example?x=1", "user@evil.example", "a b", "<x>", "news.example.org:99999",
                "news.example.org:0", "news.example.org:80:80", "-bad.example", "news..example", "\"quoted.example\"", "[::1"}) {
            assertThat(feedLinks(feed, Map.of("X-Forwarded-Host", bad))).as(bad).allMatch(h -> h.startsWith(site.base + "/"));
        }
        assertThat(feedLinks(feed, Map.of("Forwarded", "host=\"evil.example/x\"", "X-Forwarded-Host", "news.example.org")))
                .as("a bad Forwarded host gives way to a good X-Forwarded-Host").allMatch(h -> h.startsWith("http://news.example.org/"));

        WebClient tls = new WebClient(site.base).header("Forwarded", "for=192.0.2.60;proto=https;host=news.example.org");
        HttpResponse<String> signIn = tls.post("/signup", Map.of("_csrf", tls.csrf("/signup"), "name", "Tls_Reader", "password", PASSWORD,
                "confirm", PASSWORD, "next", "/"));
        assertThat(WebClient.setCookies(signIn).stream().filter(c -> c.startsWith("nl_session=")).findFirst().orElseThrow())
                .as("Forwarded proto=https marks the cookie Secure, as X-Forwarded-Proto does").containsIgnoringCase("Secure");

        // the private For-you feed's address, shown once on the settings page
        WebClient c = reader("Proxy_Reader");
        c.header("X-Forwarded-Host", "news.example.org").header("X-Forwarded-Proto", "https");
        String url = Jsoup.parse(c.post("/settings/feed", Map.of("_csrf", sessionCsrf(c), "action", "new")).body()).select("input#feed-url").attr("value");
        assertThat(url).startsWith("https://news.example.org/feeds/").endsWith("/for-you.atom");
        HttpResponse<String> forYou = send("GET", url.substring("https://news.example.org".length()), null, null, null,
                Map.of("Forwarded", "proto=https;host=news.example.org"));
        assertThat(Jsoup.parse(forYou.body(), "", org.jsoup.parser.Parser.xmlParser()).select("feed > link[rel=self]").attr("href"))
                .isEqualTo(url);
    }

    /** Every absolute address in the Atom feed at {@code path}: its id, its links and its entries' links. */
    static java.util.List<String> feedLinks(String path, Map<String, String> headers) {
        HttpResponse<String> r = send("GET", path, null, null, null, headers);
        assertThat(r.statusCode()).as(path + " " + headers).isEqualTo(200);
        Document feed = Jsoup.parse(r.body(), "", org.jsoup.parser.Parser.xmlParser());
        java.util.List<String> out = new java.util.ArrayList<>(feed.select("feed > id").eachText());
        out.addAll(feed.select("link").eachAttr("href"));
        assertThat(out).as(path).hasSizeGreaterThan(3);
        return out;
    }

    @Test
    void eachReadersForYouFeedHasItsOwnIdThatHidesTheToken() {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            WebClient c = reader("Feed_Reader_" + i);
            String csrf = sessionCsrf(c);
            String url = Jsoup.parse(c.post("/settings/feed", Map.of("_csrf", csrf, "action", "new")).body()).select("input#feed-url").attr("value");
            String token = url.replaceAll(".*/feeds/([^/]+)/for-you.atom", "$1");
            HttpResponse<String> feed = new WebClient(site.base).get(url);
            assertThat(feed.statusCode()).isEqualTo(200);
            String id = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser()).selectFirst("feed > id").text();
            assertThat(id).startsWith("urn:newsloom:for-you:").doesNotContain(token);
            // a replaced address is the same feed
            String newer = Jsoup.parse(c.post("/settings/feed", Map.of("_csrf", csrf, "action", "new")).body()).select("input#feed-url").attr("value");
            assertThat(Jsoup.parse(new WebClient(site.base).get(newer).body(), "", org.jsoup.parser.Parser.xmlParser())
                    .selectFirst("feed > id").text()).isEqualTo(id);
            ids[i] = id;
        }
        assertThat(ids[0]).isNotEqualTo(ids[1]);
    }
}
