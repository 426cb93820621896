package dev.newsloom.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
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
import dev.newsloom.testing.Http;
import dev.newsloom.web.Paths;
import dev.newsloom.web.WebServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hashtags a reader sees: articles tagged as ingestion tags them (ArticleTagger), stored in
 * SQLite, shown by the site on loopback. The demo's own headlines that gave #Wild, #Prosecutors,
 * #OrganisersOfThe…Festival and #Chef… on the live demo, and a story in ordinary prose.
 */
class HashtagsOnPagesTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    @TempDir static Path dir;
    static Database db;
    static ArticleIndex index;
    static WebServer web;
    static String base;
    /** Article page address → the article. */
    static final Map<String, Article> pages = new LinkedHashMap<>();
    /** The demo's truth: the people, places and organisations each demo article names, as hashtags. */
    static final Map<String, List<String>> truth = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        TagRepository tags = new TagRepository(db);
        index = ArticleIndex.open(dir.resolve("index"));
        Source source = sources.add("Harbor Gazette", "http://127.0.0.1:1/feed.xml", null);
        ArticleTagger tagger = new ArticleTagger();

        List<DemoArticle> demo = new Newsroom(42).articles();
        List<Predicate<DemoArticle>> wanted = List.of(
                d -> d.title().startsWith("Wild bee numbers fell sharply"),
                d -> d.title().startsWith("Prosecutors say"),
                d -> d.eventKind().equals("festival") && String.join(" ", d.paragraphs()).contains("Organisers of the"),
                d -> d.title().startsWith("Chef "));
        List<Article> chosen = new ArrayList<>();
        for (Predicate<DemoArticle> p : wanted) {
            DemoArticle d = demo.stream().filter(x -> !x.excerptOnly()).filter(p).findFirst().orElseThrow();
            Article a = article(source, "https://news.example" + d.path(), d.title(), String.join("\n", d.paragraphs()));
            chosen.add(a);
            truth.put(a.id(), d.tags().stream().map(Hashtag::tagOf).toList());
        }
        chosen.add(article(source, "https://news.example/bristol/chef", "Chef Marta Oyelaran opens a second restaurant in Bristol",
                """
                BRISTOL (PA) — Chef Marta Oyelaran opened her second restaurant on Friday. Organisers of the Harbourside \
                Food Festival said it would be the highlight of their weekend.
                Mayor Tom Briggs cut the ribbon. Oyelaran said the menu would change with the seasons.
                Wild garlic and Cornish crab lead the first menu, and the Harbourside Food Festival will close with a dinner there.
                (Reporting by Jane Cole; editing by Mark Hill)"""));
        for (Article a : chosen) {
            articles.accept(a);
            Tagging t = tagger.tag(a);
            tags.save(a, t);
            index.upsert(a, source.name(), t.category().slug(), t.hashtags().stream().map(Hashtag::tag).toList());
            pages.put(Paths.article(a), a);
        }
        index.commit();
        web = new WebServer(articles, sources, tags, index, new StoryRepository(db),
                new StoryEngine(StoryConfig.defaults(), null), Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static Article article(Source s, String url, String title, String text) {
        return new Article(ArticleId.fromUrl(url), s.id(), url, title, null, NOW.minusSeconds(3600), NOW.minusSeconds(3600),
                "en", null, null, null, text, false, List.of());
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    /** The hashtag chips of an article page, as the reader sees them ("#JunoHalvorsen" → "JunoHalvorsen"). */
    static List<String> chips(String page) {
        var r = Http.get(base + page);
        assertThat(r.statusCode()).as(page).isEqualTo(200);
        return Jsoup.parse(r.body()).select("ul.hashtags a").eachAttr("href").stream()
                .map(h -> h.substring(h.lastIndexOf('/') + 1)).toList();
    }

    @Test
    void articlePagesShowNamesWithoutTitlesRolePhrasesOrCommonWords() {
        List<String> all = new ArrayList<>();
        for (var e : pages.entrySet()) {
            List<String> chips = chips(e.getKey());
            assertThat(chips).as(e.getValue().title()).isNotEmpty();
            all.addAll(chips);
            String first = e.getValue().title().split(" ")[0];
            // the headline's first word is a common word in every one of these headlines
            assertThat(chips).as(e.getValue().title()).noneMatch(c -> c.equalsIgnoreCase(first));
        }
        assertThat(all).noneMatch(c -> c.startsWith("Chef") || c.startsWith("Mayor") || c.startsWith("Organisers")
                || c.startsWith("Prosecutors") || c.startsWith("Wild") || c.startsWith("Of"));
        assertThat(all).contains("MartaOyelaran", "TomBriggs", "HarboursideFoodFestival");
        assertThat(all).doesNotContain("JaneCole", "MarkHill");
        // the festival and the chef come out under their own names
        assertThat(all).anyMatch(c -> c.endsWith("Festival") && !c.equals("HarboursideFoodFestival"));
    }

    @Test
    void thePersonsHashtagPageListsTheArticleThatCalledThemChef() {
        Article chef = pages.values().stream().filter(a -> a.title().startsWith("Chef ") && !a.url().contains("bristol"))
                .findFirst().orElseThrow();
        String page = pages.entrySet().stream().filter(e -> e.getValue() == chef).findFirst().orElseThrow().getKey();
        List<String> chips = chips(page);
        String lastName = chef.title().split(" ")[1];
        // the headline says "Chef Esposito", the body "Chef Juno Esposito": one tag, the person's full name
        assertThat(chips).filteredOn(c -> c.contains(lastName)).hasSize(1).allMatch(truth.get(chef.id())::contains);
        String person = chips.stream().filter(c -> c.contains(lastName)).findFirst().orElseThrow();
        var r = Http.get(base + "/en/hashtag/" + person);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).select("article.card h2").eachText()).contains(chef.title());
    }
}
