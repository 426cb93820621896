package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hashtag and category pages and feeds under each language: a list under /de/ holds the German
 * articles, and a language with none sends the reader to the one with the most.
 */
class ListLanguagesPagesTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    @TempDir static Path dir;
    static Database db;
    static ArticleIndex index;
    static WebServer web;
    static String base;

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        TagRepository tags = new TagRepository(db);
        index = ArticleIndex.open(dir.resolve("index"));
        Source s = sources.add("Harbor Gazette", "http://127.0.0.1:1/a.xml", null);
        add(articles, tags, s, "de", "Bundestag streitet über den Hafen", 1, Category.POLITICS, "Port Anselm", "Bundestag");
        add(articles, tags, s, "de-AT", "Wien schaut auf Port Anselm", 2, Category.POLITICS, "Port Anselm");
        add(articles, tags, s, "deu", "Hafenrat tagt erneut", 3, Category.POLITICS, "Port Anselm");
        add(articles, tags, s, "en-GB", "Port Anselm council meets", 4, Category.WORLD, "Port Anselm");
        add(articles, tags, s, null, "Port Anselm ferry returns", 5, Category.WORLD, "Port Anselm");
        add(articles, tags, s, "fr", "Grève au port", 6, Category.WORLD, "Greve");
        web = new WebServer(articles, sources, tags, index, new dev.newsloom.store.StoryRepository(db),
                new dev.newsloom.stories.StoryEngine(dev.newsloom.stories.StoryConfig.defaults(), null),
                Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static void add(ArticleRepository articles, TagRepository tags, Source s, String lang, String title, int hoursAgo,
            Category category, String... hashtags) {
        String url = "https://news.example/" + hoursAgo;
        Instant when = NOW.minusSeconds(3600L * hoursAgo);
        Article a = new Article(ArticleId.fromUrl(url), s.id(), url, title, null, when, when, lang, null, null, null,
                title + ". Mehr dazu, more on it.", false, List.of());
        articles.accept(a);
        tags.save(a, new Tagging(category, false, java.util.Arrays.stream(hashtags).map(h -> Hashtag.of(h, 3)).toList()));
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static String redirect(String path) {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aHashtagPageListsTheArticlesInItsLanguageAndLinksToTheOthers() {
        Document de = page("/de/hashtag/PortAnselm");
        assertThat(de.select("article.card h2").eachText())
                .containsExactly("Bundestag streitet über den Hafen", "Wien schaut auf Port Anselm", "Hafenrat tagt erneut");
        assertThat(de.select("article.card h2 a").eachAttr("href")).allMatch(h -> h.startsWith("/de/article/"));
        assertThat(de.select("p.intro").text()).startsWith("3 articles in German about");
        assertThat(de.select("p.languages a").eachText()).containsExactly("English (2)");
        assertThat(de.select("p.languages a").attr("href")).isEqualTo("/en/hashtag/PortAnselm");

        Document en = page("/en/hashtag/PortAnselm");
        assertThat(en.select("article.card h2").eachText()).containsExactly("Port Anselm council meets", "Port Anselm ferry returns");
        assertThat(en.select("p.intro").text()).startsWith("2 articles in English about");
        assertThat(en.select("p.languages a").eachText()).containsExactly("German (3)");

        // a tag in one language only says nothing of languages
        Document only = page("/de/hashtag/Bundestag");
        assertThat(only.select("p.intro").text()).startsWith("1 article about");
        assertThat(only.select("p.languages")).isEmpty();
    }

    @Test
    void aFeedUnderALanguageHoldsThatLanguagesArticles() {
        Document feed = Jsoup.parse(Http.get(base + "/de/hashtag/PortAnselm/feed.atom").body(), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText())
                .containsExactly("Bundestag streitet über den Hafen", "Wien schaut auf Port Anselm", "Hafenrat tagt erneut");
        assertThat(feed.select("feed > link[rel=self]").attr("href")).isEqualTo(base + "/de/hashtag/PortAnselm/feed.atom");
        Document world = Jsoup.parse(Http.get(base + "/en/category/world/feed.atom").body(), "", Parser.xmlParser());
        assertThat(world.select("entry > title").eachText()).containsExactly("Port Anselm council meets", "Port Anselm ferry returns");
        Document fr = Jsoup.parse(Http.get(base + "/fr/category/world/feed.atom").body(), "", Parser.xmlParser());
        assertThat(fr.select("entry > title").eachText()).containsExactly("Grève au port");
    }

    @Test
    void aLanguageWithNoneSendsTheReaderToTheLanguageWithTheMost() {
        assertThat(redirect("/fr/hashtag/PortAnselm")).isEqualTo("/de/hashtag/PortAnselm");
        assertThat(redirect("/fr/hashtag/portanselm?page=2")).as("the rest of the address kept").isEqualTo("/de/hashtag/portanselm?page=2");
        assertThat(redirect("/it/hashtag/PortAnselm/feed.atom")).isEqualTo("/de/hashtag/PortAnselm/feed.atom");
        // the links the site writes under /en/ (trending, suggestions, follows) land where the articles are
        assertThat(redirect("/en/hashtag/Greve")).isEqualTo("/fr/hashtag/Greve");
        assertThat(redirect("/en/category/politics")).isEqualTo("/de/category/politics");
        assertThat(redirect("/it/category/world")).isEqualTo("/en/category/world");
        assertThat(redirect("/it/category/world/feed.atom")).isEqualTo("/en/category/world/feed.atom");
        // a category with nothing in any language is the default language's empty page; a tag nobody uses is no page
        assertThat(redirect("/de/category/health")).isEqualTo("/en/category/health");
        assertThat(page("/en/category/health").select("p.empty").text()).isEqualTo("No articles in this category yet.");
        assertThat(Http.get(base + "/de/hashtag/NoSuchTag").statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/de/hashtag/NoSuchTag/feed.atom").statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/de/category/nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    void aCategoryPageListsTheArticlesInItsLanguage() {
        Document de = page("/de/category/politics");
        assertThat(de.select("article.card h2").eachText())
                .containsExactly("Bundestag streitet über den Hafen", "Wien schaut auf Port Anselm", "Hafenrat tagt erneut");
        assertThat(de.select("p.languages")).isEmpty();
        Document fr = page("/fr/category/world");
        assertThat(fr.select("article.card h2").eachText()).containsExactly("Grève au port");
        assertThat(fr.select("p.intro").text()).isEqualTo("The newest articles in French filed under World. Feeds: Atom · RSS · JSON Feed");
        assertThat(fr.select("p.languages a").eachText()).containsExactly("English (2)");
        assertThat(fr.select("link[type=application/atom+xml]").attr("href")).isEqualTo("/fr/category/world/feed.atom");
    }
}
