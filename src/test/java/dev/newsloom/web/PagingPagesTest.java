package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.newsloom.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every list pages the same way: source, home, hashtag, category and search pages link only to
 * pages that exist, and a page past the end answers 404 with a "no more" notice that links to
 * the last page that lists something.
 */
class PagingPagesTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    @TempDir static Path dir;
    static Database db;
    static ArticleIndex index;
    static WebServer web;
    static String base;
    static Source tides, bay;
    static Article unknownLanguage;

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        TagRepository tags = new TagRepository(db);
        StoryRepository stories = new StoryRepository(db);
        index = ArticleIndex.open(dir.resolve("index"));
        tides = sources.add("Tide Tables Weekly", "http://127.0.0.1:1/t.xml", null);
        bay = sources.add("Bay Ledger", "http://127.0.0.1:1/b.xml", null);
        for (int i = 0; i < 59; i++) {
            add(articles, tags, tides, "https://tides.example/" + i, "Tide report number " + i, "Tide report " + i + ": high water at noon.",
                    NOW.minusSeconds(3600L * (i + 1)), "en");
        }
        // the bay's one original, filed by its feed under a language code that is none ("xx"), and a copy of it on the same site
        unknownLanguage = add(articles, tags, bay, "https://bay.example/ferry", "Ferry back on schedule", "The ferry runs again.",
                NOW.minusSeconds(60), "xx");
        Article copy = add(articles, tags, bay, "https://bay.example/ferry-copy", "Ferry back on schedule (copy)", "The ferry runs again.",
                NOW.minusSeconds(30), "en");
        stories.save(unknownLanguage.id(), unknownLanguage.id(), null, null, List.of(), List.of());
        stories.save(copy.id(), unknownLanguage.id(), unknownLanguage.id(), null, List.of(), List.of());
        index.commit();
        web = new WebServer(articles, sources, tags, index, stories, new StoryEngine(StoryConfig.defaults(), null),
                Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static Article add(ArticleRepository articles, TagRepository tags, Source s, String url, String title, String text, Instant when,
            String lang) {
        Article a = new Article(ArticleId.fromUrl(url), s.id(), url, title, null, when, when, lang, null, null, null, text, false, List.of());
        articles.accept(a);
        Tagging t = new Tagging(Category.WORLD, false, List.of(Hashtag.of(s == tides ? "Tide" : "Ferry", 3)));
        tags.save(a, t);
        index.upsert(a, s.name(), Category.WORLD.slug(), t.hashtags().stream().map(Hashtag::tag).toList());
        return a;
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    static Document page(String path, int status) {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(r.body());
    }

    /** A page past the end: no list, no pager links, and a notice that leads to {@code last}. */
    static void pastTheEnd(String path, String last, String items) {
        Document doc = page(path, 404);
        assertThat(doc.select("article.card")).as(path).isEmpty();
        assertThat(doc.select("a[rel=prev], a[rel=next]")).as(path).isEmpty();
        assertThat(doc.select(".past-end").text()).as(path).startsWith("No more " + items + ":");
        assertThat(doc.select(".past-end a").attr("href")).as(path).isEqualTo(last);
        assertThat(doc.select(".empty:not(.past-end)").eachText()).as(path + ": the message of an empty list")
                .noneMatch(t -> t.startsWith("No articles") || t.startsWith("Nothing matches"));
    }

    @Test
    void aSourcePagePagesThroughAllItsArticles() {
        String path = "/source/" + tides.id();
        Document first = page(path, 200);
        assertThat(first.select("dl.facts").text()).contains("Articles 59");
        assertThat(first.select("article.card")).hasSize(WebServer.PAGE_SIZE);
        assertThat(first.select("nav.pager .position").text()).isEqualTo("Page 1 of 2");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(path + "?page=2");
        Document second = page(path + "?page=2", 200);
        assertThat(second.select("article.card")).hasSize(59 - WebServer.PAGE_SIZE);
        assertThat(second.select("nav.pager .position").text()).isEqualTo("Page 2 of 2");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(second.select("a[rel=next]")).isEmpty();
        Set<String> titles = new HashSet<>(first.select("article.card h2").eachText());
        titles.addAll(second.select("article.card h2").eachText());
        assertThat(titles).hasSize(59).contains("Tide report number 0", "Tide report number 58");
        pastTheEnd(path + "?page=3", path + "?page=2", "articles");
        // a source whose articles fit one page has no pager, and lists its copies too, as they are its articles
        Document small = page("/source/" + bay.id(), 200);
        assertThat(small.select("article.card")).hasSize(2);
        assertThat(small.select("nav.pager a, nav.pager .position")).isEmpty();
    }

    @Test
    void theHomePageEndsWhereItsOriginalsEnd() {
        // 60 originals (the copy is folded into its original): two full pages, and the second links to no third
        Document second = page("/?page=2", 200);
        assertThat(second.select("article.card")).hasSize(WebServer.PAGE_SIZE);
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/");
        pastTheEnd("/?page=3", "/?page=2", "articles");
        pastTheEnd("/?page=99999", "/?page=2", "articles");
        assertThat(page("/?page=99999", 404).select("a[href=/?page=999], a[href=/?page=99998]")).isEmpty();
        assertThat(page("/?page=99999", 404).text()).doesNotContain("No articles yet").doesNotContain("Sources are being fetched");
    }

    @Test
    void hashtagAndCategoryPagesEndWithALinkToTheirLastPage() {
        Document tag = page("/en/hashtag/Tide?page=2", 200);
        assertThat(tag.select("article.card")).hasSize(59 - WebServer.PAGE_SIZE);
        assertThat(tag.select("a[rel=next]")).isEmpty();
        pastTheEnd("/en/hashtag/Tide?page=5", "/en/hashtag/Tide?page=2", "articles");
        assertThat(page("/en/hashtag/Tide?page=5", 404).text()).doesNotContain("No articles.");
        pastTheEnd("/en/hashtag/Ferry?page=2", "/en/hashtag/Ferry", "articles");
        assertThat(page("/en/hashtag/Ferry?page=2", 404).select(".past-end").text()).contains("the one article is on its first page");
        pastTheEnd("/en/category/world?page=3", "/en/category/world?page=2", "articles");
        // a list with nothing in it says so on any page: no page of it would list more
        Document empty = page("/en/category/science?page=3", 200);
        assertThat(empty.select(".empty").text()).isEqualTo("No articles in this category yet.");
        assertThat(empty.select(".past-end, a[rel=prev], a[rel=next]")).isEmpty();
    }

    @Test
    void aSearchPastItsLastPageSaysThereAreNoMoreResults() {
        Document last = page("/search?q=tide&page=2", 200);
        assertThat(last.select("article.card")).hasSize(59 - WebServer.PAGE_SIZE);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select("nav.pager .position").text()).isEqualTo("Page 2 of 2");
        pastTheEnd("/search?q=tide&page=9", "/search?q=tide&page=2", "results");
        Document past = page("/search?q=tide&page=9", 404);
        assertThat(past.text()).doesNotContain("Nothing matches");
        assertThat(past.select(".past-end").text()).contains("all 59 results are on pages 1 to 2");
        // with nothing found at all, the page number does not matter: nothing matches
        assertThat(page("/search?q=zeppelin&page=3", 200).select(".empty").text()).startsWith("Nothing matches");
    }

    @Test
    void aSearchWithoutWordsIsNewestFirstAndSaysSo() {
        Document doc = page("/search?q=&source=" + tides.id(), 200);
        assertThat(doc.select("p.intro").text()).startsWith("59 results, newest first.").doesNotContain("best match");
        assertThat(doc.select("article.card h2").first().text()).isEqualTo("Tide report number 0");
        assertThat(page("/search?q=tide", 200).select("p.intro").text()).startsWith("59 results, best match first.");
    }

    @Test
    void anArticleFiledUnderALanguageThatIsNoneLivesUnderTheDefault() {
        String path = "/en/article/" + unknownLanguage.id();
        Document doc = page(path, 200);
        assertThat(doc.select("a[href*=/hashtag/]").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/en/hashtag/"));
        HttpResponse<String> other = Http.get(base + "/xx/article/" + unknownLanguage.id());
        assertThat(other.statusCode()).isEqualTo(301);
        assertThat(other.headers().firstValue("Location").orElseThrow()).isEqualTo(path);
        assertThat(Http.get(base + "/xx/hashtag/Ferry").statusCode()).isEqualTo(404);
        assertThat(page("/en/hashtag/Ferry", 200).select("article.card h2 a").eachAttr("href")).contains(path);
    }
}
