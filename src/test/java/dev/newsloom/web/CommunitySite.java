package dev.newsloom.web;

import dev.newsloom.community.Community;
import dev.newsloom.community.CommunityConfig;
import dev.newsloom.community.CommunityFixture;
import dev.newsloom.community.Role;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.MutableClock;
import dev.newsloom.testing.WebClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A running site with accounts on a real store and index: three publishers, a story they all
 * cover, an article whose publisher's HTML tried to inject script, and a moderator.
 */
final class CommunitySite implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final String XSS = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">";
    static final String MOD_PASSWORD = "moderator password 1";
    /** A publisher's image on a loopback port nothing listens on: the request fails at once, and must go without a referrer. */
    static final String PUBLISHER_IMAGE = "http://127.0.0.1:9/images/sea-wall.jpg";

    final Database db;
    final ArticleIndex index;
    final WebServer web;
    private final dev.newsloom.ai.AiService ai;
    final Community community;
    /** The site's story engine, empty until a test restores articles into it. */
    final StoryEngine storyEngine = new StoryEngine(StoryConfig.defaults(), null);
    final StoryRepository stories;
    final MutableClock clock = new MutableClock(NOW);
    final String base;
    final Article lead, hostile;
    final String storyId;
    final Source harbor;
    private final ArticleRepository articles;
    private final TagRepository tags;

    CommunitySite(Path dir, CommunityConfig config) {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        articles = new ArticleRepository(db);
        tags = new TagRepository(db);
        stories = new StoryRepository(db);
        index = ArticleIndex.open(dir.resolve("index"));
        harbor = sources.add("Harbor Gazette", "http://127.0.0.1:1/h.xml", null);
        Source bay = sources.add("Bay Ledger", "http://127.0.0.1:1/b.xml", null);
        Source hill = sources.add("Hill Courier", "http://127.0.0.1:1/c.xml", null);
        lead = add(articles, tags, harbor, "sea-wall", "Council approves the new sea wall", NOW.minusSeconds(3600), "SeaWall");
        Article second = add(articles, tags, bay, "sea-wall-vote", "Sea wall vote splits the council", NOW.minusSeconds(3000), "SeaWall");
        Article third = add(articles, tags, hill, "sea-wall-cost", "What the sea wall will cost", NOW.minusSeconds(2400), "SeaWall");
        storyId = lead.id();
        for (Article a : List.of(lead, second, third)) stories.save(a.id(), storyId, null, null, List.of(), List.of());
        add(articles, tags, hill, "ferry", "Ferry timetable changes on Monday", NOW.minusSeconds(600), "Ferries");
        hostile = add(articles, tags, bay, "hostile", "Title " + XSS, NOW.minusSeconds(900), "Harbour");
        for (int i = 0; i < 4; i++) add(articles, tags, harbor, "more-" + i, "Harbor story number " + i, NOW.minusSeconds(7200L + i), "Harbour");
        index.commit();
        community = CommunityFixture.over(db, config, clock);
        community.accounts().create("Mona", MOD_PASSWORD.toCharArray(), Role.MODERATOR);
        // the whole site as it runs: the AI panel (word-based engine, no model) beside the comments
        ai = new dev.newsloom.ai.AiService(new dev.newsloom.ai.ExtractiveEngine(null), new dev.newsloom.store.AiCacheRepository(db), null, clock);
        web = new WebServer(articles, sources, tags, index, stories, storyEngine, clock, community,
                ai, 100).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    private Article add(ArticleRepository articles, TagRepository tags, Source s, String slug, String title, Instant when, String tag) {
        String url = "https://news.example/" + s.id() + "/" + slug;
        String body = slug.equals("hostile")
                ? "Body " + XSS + "\n<iframe src=\"javascript:window.__pwned=1\"></iframe> and more text."
                : title + ". The council met on Tuesday and the harbour stayed calm.\nA second paragraph with the details.";
        Article a = new Article(ArticleId.fromUrl(url), s.id(), url, title, "Ana Vel", when, when, "en",
                slug.equals("hostile") ? "javascript:window.__pwned=1" : slug.equals("sea-wall") ? PUBLISHER_IMAGE : null, slug.equals("hostile") ? "Caption " + XSS : null, null,
                body, false, List.of());
        articles.accept(a);
        Tagging t = new Tagging(Category.WORLD, false, List.of(Hashtag.of(tag, 3)));
        tags.save(a, t);
        index.upsert(a, s.name(), Category.WORLD.slug(), List.of(tag));
        return a;
    }

    /** An article published now (by the site's clock), tagged {@code tag}. */
    Article publish(String slug, String title, String tag) {
        Article a = add(articles, tags, harbor, slug, title, clock.instant(), tag);
        index.commit();
        return a;
    }

    /** The story's articles put back into the engine, as the site does on start-up, so it names the story. */
    void restoreStory() {
        for (Article a : stories.articles(storyId)) {
            storyEngine.restore(storyEngine.prepareStored(dev.newsloom.stories.StoryInput.of(a, Long.toString(a.sourceId()), false), null),
                    storyId, null);
        }
    }

    String articlePath(Article a) {
        return Paths.article(a);
    }

    String storyPath() {
        return "/en/story/" + storyId;
    }

    /** A new reader, signed up through the form and signed in. */
    WebClient signUp(String name, String password) {
        WebClient c = new WebClient(base);
        java.net.http.HttpResponse<String> r = c.post("/signup", java.util.Map.of("_csrf", c.csrf("/signup"), "name", name,
                "password", password, "confirm", password, "next", "/"));
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return c;
    }

    /** The CSRF token of the reader's session, as its settings page's forms carry it. */
    static String sessionCsrf(WebClient c) {
        return c.page("/settings").select("input[name=_csrf]").first().attr("value");
    }

    @Override
    public void close() {
        web.close();
        ai.close();
        index.close();
        db.close();
    }
}
