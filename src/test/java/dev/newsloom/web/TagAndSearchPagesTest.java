package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashtag, category and search pages, their feeds and the trending block, over a real store and index. */
class TagAndSearchPagesTest {
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
        Source[] s = {sources.add("Harbor Gazette", "http://127.0.0.1:1/a.xml", null),
                sources.add("Bay Ledger", "http://127.0.0.1:1/b.xml", null),
                sources.add("Hill Courier", "http://127.0.0.1:1/c.xml", null)};
        // a burst: the ceasefire talks, six articles from three sources in the last hours
        for (int i = 0; i < 6; i++) {
            add(articles, tags, s[i % 3], "https://news.example/ceasefire/" + i, "Ceasefire talks resume in Port Anselm, round " + i,
                    NOW.minusSeconds(600L * (i + 1)), Category.WORLD, "Ceasefire", "Port Anselm");
        }
        // always there: the weather, every two hours for two days
        for (int i = 0; i < 30; i++) {
            add(articles, tags, s[i % 3], "https://news.example/weather/" + i, "Weather outlook number " + i,
                    NOW.minusSeconds(7200L * i + 60), Category.LIFESTYLE, "Weather");
        }
        for (int i = 0; i < 35; i++) {
            add(articles, tags, s[0], "https://news.example/markets/" + i, "Harbour markets report " + i,
                    NOW.minusSeconds(86_400L * 10 + i), Category.BUSINESS, "Port Anselm");
        }
        // a publisher's title and byline holding characters XML 1.0 cannot carry (a vertical tab, a unit separator, U+FFFE)
        String odd = "https://news.example/gulls/1";
        Instant oddTime = NOW.minus(java.time.Duration.ofDays(20));
        Article gulls = new Article(ArticleId.fromUrl(odd), s[1].id(), odd, "Gull\u000B count\u001F rises\uFFFE on the pier",
                "Ana\u0007 Reyes", oddTime, oddTime, "en", null, null, null, "Gull\u000Bwatchers counted\uFFFF more gulls than ever.",
                false, List.of());
        articles.accept(gulls);
        Tagging gullTags = new Tagging(Category.SCIENCE, false, List.of(Hashtag.of("Gullwatch", 3)));
        tags.save(gulls, gullTags);
        index.upsert(gulls, s[1].name(), Category.SCIENCE.slug(), List.of("Gullwatch"));
        index.commit();
        web = new WebServer(articles, sources, tags, index,
                new dev.newsloom.store.StoryRepository(db), new dev.newsloom.stories.StoryEngine(dev.newsloom.stories.StoryConfig.defaults(), null),
                Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static void add(ArticleRepository articles, TagRepository tags, Source s, String url, String title, Instant when,
            Category category, String... hashtags) {
        Article a = new Article(ArticleId.fromUrl(url), s.id(), url, title, null, when, when, "en", null, null, null,
                title + ". Negotiators met again on Tuesday; the harbour stayed calm.", false, List.of());
        articles.accept(a);
        Tagging t = new Tagging(category, false, java.util.Arrays.stream(hashtags).map(h -> Hashtag.of(h, 3)).toList());
        tags.save(a, t);
        index.upsert(a, s.name(), category.slug(), t.hashtags().stream().map(Hashtag::tag).toList());
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    @Test
    void hashtagPageListsNewestFirstPaginatesAndCanonicalisesCase() {
        var r = Http.get(base + "/en/hashtag/PortAnselm");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("h1").text()).isEqualTo("Latest news with #PortAnselm");
        assertThat(page.select("article.card")).hasSize(WebServer.PAGE_SIZE);
        assertThat(page.select("article.card h2").first().text()).isEqualTo("Ceasefire talks resume in Port Anselm, round 0");
        assertThat(page.select("article.card .category").first().text()).isEqualTo("World");
        assertThat(page.select("article.card .publisher").first().text()).isNotBlank();
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/en/hashtag/PortAnselm?page=2");
        Document second = Jsoup.parse(Http.get(base + "/en/hashtag/PortAnselm?page=2").body());
        assertThat(second.select("article.card")).hasSize(41 - WebServer.PAGE_SIZE);
        assertThat(page.select("link[type=application/atom+xml]").attr("href")).isEqualTo("/en/hashtag/PortAnselm/feed.atom");

        var lower = Http.get(base + "/en/hashtag/portanselm");
        assertThat(lower.statusCode()).isEqualTo(301);
        assertThat(lower.headers().firstValue("Location")).contains("/en/hashtag/PortAnselm");
        assertThat(Http.get(base + "/en/hashtag/NoSuchTag").statusCode()).isEqualTo(404);
    }

    @Test
    void hashtagFeedIsValidAtom() throws Exception {
        var r = Http.get(base + "/en/hashtag/Ceasefire/feed.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(6);
        assertThat(r.body()).contains(base + "/en/article/");
    }

    @Test
    void categoryPagesAndUnknownCategory() {
        Document page = Jsoup.parse(Http.get(base + "/en/category/business").body());
        assertThat(page.select("h1").text()).isEqualTo("Business");
        assertThat(page.select("article.card")).hasSize(WebServer.PAGE_SIZE);
        assertThat(page.select("article.card .category").eachText()).containsOnly("Business");
        assertThat(Http.get(base + "/en/category/astrology").statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/en/category/world/feed.atom").body()).contains("Ceasefire talks");
    }

    @Test
    void homeShowsTheBurstAsTrendingNotTheAlwaysFrequentTag() {
        Document home = Jsoup.parse(Http.get(base + "/").body());
        // both tags of the burst trend; the weather, as frequent as ever, does not
        assertThat(home.select(".trending a").eachText()).containsExactlyInAnyOrder("#Ceasefire", "#PortAnselm");
        assertThat(home.select(".trending a").eachAttr("href")).contains("/en/hashtag/Ceasefire");
        assertThat(home.select("nav.categories a").eachText()).contains("World", "Business", "Technology");
    }

    @Test
    void searchFindsByWordsPhrasesAndTagsAndExplainsNothingFound() {
        Document page = Jsoup.parse(Http.get(base + "/search?q=ceasefire").body());
        assertThat(page.select("article.card")).hasSize(6);
        assertThat(page.select("#q").attr("value")).isEqualTo("ceasefire");
        Document phrase = Jsoup.parse(Http.get(base + "/search?q=%22markets+report+3%22").body());
        assertThat(phrase.select("article.card h2").first().text()).isEqualTo("Harbour markets report 3");
        Document excluded = Jsoup.parse(Http.get(base + "/search?q=anselm+-ceasefire").body());
        assertThat(excluded.select("article.card h2").eachText()).allMatch(t -> t.startsWith("Harbour markets"));
        Document none = Jsoup.parse(Http.get(base + "/search?q=zeppelin").body());
        assertThat(none.select(".empty").text()).contains("Nothing matches");
        var broken = Http.get(base + "/search?q=%22unbalanced+(quote");
        assertThat(broken.statusCode()).isIn(200, 400);
        assertThat(broken.body()).doesNotContain("Exception");
        assertThat(Http.get(base + "/search").statusCode()).isEqualTo(200);
    }

    @Test
    void searchNarrowsByFacetsAndFiltersAndHighlightsMatches() {
        Document page = Jsoup.parse(Http.get(base + "/search?q=harbour").body());
        assertThat(page.select(".intro").text()).startsWith("71 results");
        assertThat(page.select(".snippet mark").first().text()).isEqualToIgnoringCase("harbour");
        assertThat(page.select(".facets h2").eachText()).contains("Sources", "Categories", "Hashtags");
        String businessLink = page.select(".facets a:contains(Business)").attr("href");
        assertThat(businessLink).isEqualTo("/search?q=harbour&category=business");
        Document business = Jsoup.parse(Http.get(base + businessLink).body());
        assertThat(business.select(".intro").text()).startsWith("35 results");
        assertThat(business.select(".active-filters a").eachText()).containsExactly("Category: Business ×");
        assertThat(business.select(".active-filters a").attr("href")).isEqualTo("/search?q=harbour");

        Document newest = Jsoup.parse(Http.get(base + "/search?q=harbour&sort=newest").body());
        assertThat(newest.select("article.card h2").eachText()).startsWith("Weather outlook number 0",
                "Ceasefire talks resume in Port Anselm, round 0");
        Document byTag = Jsoup.parse(Http.get(base + "/search?tag=Ceasefire").body());
        assertThat(byTag.select("article.card")).hasSize(6);
        Document range = Jsoup.parse(Http.get(base + "/search?q=harbour&from=2026-11-14&to=2026-11-14").body());
        assertThat(range.select("article.card h2").eachText()).allMatch(t -> t.startsWith("Harbour markets"));
        // filters that cannot be used are said so on the page, not silently dropped
        var garbage = Http.get(base + "/search?q=harbour&from=yesterday&source=x&category=astrology");
        assertThat(garbage.statusCode()).isEqualTo(400);
        Document garbagePage = Jsoup.parse(garbage.body());
        assertThat(garbagePage.select(".error").text()).contains("from must be a date", "“yesterday”", "source must be",
                "no category “astrology”");
        assertThat(garbagePage.select("article.card")).isEmpty();
        assertThat(garbagePage.select("#q").attr("value")).isEqualTo("harbour");
    }

    @Test
    void suggestionsCompleteHashtagsAndTitles() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Http.get(base + "/api/v1/suggest?q=port").body());
        assertThat(json.get("hashtags").get(0).get("tag").asText()).isEqualTo("PortAnselm");
        assertThat(json.get("hashtags").get(0).get("articles").asInt()).isEqualTo(41);
        JsonNode titles = new ObjectMapper().readTree(Http.get(base + "/api/v1/suggest?q=ceasefire+tal").body()).get("titles");
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0).asText()).startsWith("Ceasefire talks resume");
        assertThat(new ObjectMapper().readTree(Http.get(base + "/api/v1/suggest?q=%25").body()).get("hashtags")).isEmpty();
    }

    @Test
    void searchApiReturnsJson() throws Exception {
        var r = Http.get(base + "/api/v1/search?q=weather&limit=5");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("query").asText()).isEqualTo("weather");
        assertThat(json.get("items")).hasSize(5);
        assertThat(json.get("total").asInt()).isEqualTo(30);
        assertThat(json.get("facets").get("category").get("lifestyle").asInt()).isEqualTo(30);
        assertThat(json.get("items").get(0).get("title").asText()).startsWith("Weather outlook");
        assertThat(json.get("items").get(0).get("page").asText()).startsWith("/en/article/");
    }

    @Test
    void farOutDatesAnswer400EverywhereInsteadOfAServerError() throws Exception {
        for (String param : List.of("from=%2B300000000-01-01", "from=-300000000-01-01", "to=-999999999-01-01", "to=%2B999999999-12-31",
                "from=%2B10000-01-01")) {
            var api = Http.get(base + "/api/v1/search?q=harbour&" + param);
            assertThat(api.statusCode()).as(param).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode json = new ObjectMapper().readTree(api.body());
            assertThat(json.get("error").asText()).as(param).contains("must be a date between 0001-01-01 and 9999-12-31");
            assertThat(json.get("problems").get(0).get("parameter").asText()).isEqualTo(param.substring(0, param.indexOf('=')));

            var html = Http.get(base + "/search?q=harbour&" + param);
            assertThat(html.statusCode()).as(param).isEqualTo(400);
            assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(Jsoup.parse(html.body()).select("p.error").text()).contains("must be a date between 0001-01-01 and 9999-12-31");

            var feed = Http.get(base + "/search/feed.atom?q=harbour&" + param);
            assertThat(feed.statusCode()).as(param).isEqualTo(400);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(feed.body()).contains("must be a date between");
        }
        // the widest dates still allowed search as expected
        JsonNode wide = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour&from=0001-01-01&to=9999-12-31").body());
        assertThat(wide.get("total").asInt()).isEqualTo(71);
    }

    @Test
    void searchApiRefusesFiltersItCannotUseAndSaysWhich() throws Exception {
        var cases = java.util.Map.of(
                "from=2026-13-01", "from", "to=soon", "to", "category=nope", "category", "source=abc", "source",
                "sort=bogus", "sort", "lang=english", "lang", "lang=zz", "lang", "lang=xx-GB", "lang",
                "from=2026-11-20&to=2026-11-10", "from");
        for (var c : cases.entrySet()) {
            var r = Http.get(base + "/api/v1/search?q=harbour&" + c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode json = new ObjectMapper().readTree(r.body());
            assertThat(json.get("error").asText()).as(c.getKey()).contains(c.getValue());
            assertThat(json.get("problems")).hasSize(1);
            assertThat(json.get("problems").get(0).get("parameter").asText()).isEqualTo(c.getValue());
            assertThat(json.get("query").asText()).isEqualTo("harbour");
        }
        JsonNode several = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour&category=nope&sort=bogus").body());
        assertThat(several.get("problems").findValuesAsText("parameter")).containsExactly("category", "sort");
        // the values the form itself sends still work: empty fields, either order, a category by label
        assertThat(Http.get(base + "/api/v1/search?q=harbour&source=&category=&lang=&from=&to=&sort=relevance").statusCode()).isEqualTo(200);
        for (String known : List.of("en", "en-GB", "DE", "deu", "fil")) {
            assertThat(Http.get(base + "/api/v1/search?q=harbour&lang=" + known).statusCode()).as(known).isEqualTo(200);
        }
        JsonNode byLabel = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour&category=Business&sort=newest").body());
        assertThat(byLabel.get("total").asInt()).isEqualTo(35);
        assertThat(Http.get(base + "/search?sort=bogus").statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(Http.get(base + "/search?q=harbour&sort=bogus").body()).select("p.error").text())
                .contains("sort must be relevance or newest");
    }

    @Test
    void searchApiEchoesLimitAndOffsetAndRefusesOffsetsBeyondWhatCanBePaged() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour&limit=7&offset=3").body());
        assertThat(json.get("limit").asInt()).isEqualTo(7);
        assertThat(json.get("offset").asInt()).isEqualTo(3);
        assertThat(json.get("items")).hasSize(7);
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("href").asText()).startsWith("/en/article/").isEqualTo(item.get("page").asText());
        JsonNode defaults = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour").body());
        assertThat(defaults.get("limit").asInt()).isEqualTo(20);
        assertThat(defaults.get("offset").asInt()).isZero();

        for (String offset : List.of("2147483647", String.valueOf(dev.newsloom.search.SearchQuery.MAX_OFFSET + 1))) {
            var r = Http.get(base + "/api/v1/search?q=harbour&offset=" + offset);
            assertThat(r.statusCode()).as(offset).isEqualTo(400);
            JsonNode error = new ObjectMapper().readTree(r.body());
            assertThat(error.get("error").asText()).contains("offset " + offset + " is beyond the 10000 results");
            assertThat(error.get("problems").get(0).get("parameter").asText()).isEqualTo("offset");
        }
        var deepest = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=harbour&offset=10000").body());
        assertThat(deepest.get("items")).isEmpty();
        assertThat(deepest.get("total").asInt()).isEqualTo(71);

        var tooDeep = Http.get(base + "/search?q=harbour&page=400");
        assertThat(tooDeep.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooDeep.body()).select("p.error").text()).contains("Only the first 10000 results");
    }

    @Test
    void searchFeedIsNewestFirstWhateverThePageOrderAndItsUpdatedIsTheNewestEntry() throws Exception {
        Document page = Jsoup.parse(Http.get(base + "/search?q=harbour").body());
        String feedHref = page.select("a.feed").attr("href");
        assertThat(feedHref).isEqualTo("/search/feed.atom?q=harbour");
        assertThat(Jsoup.parse(Http.get(base + "/search?q=harbour&sort=newest").body()).select("a.feed").attr("href"))
                .isEqualTo(feedHref);

        org.w3c.dom.Document feed = atom(Http.get(base + feedHref));
        List<Instant> updated = entryTimes(feed);
        assertThat(updated).hasSize(ListHandlers.FEED_SIZE);
        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(updated.get(0)).isEqualTo(NOW.minusSeconds(60)); // "Weather outlook number 0", the newest match
        assertThat(feedUpdated(feed)).isEqualTo(updated.get(0));
        assertThat(entryTitles(feed).get(0)).isEqualTo("Weather outlook number 0");
        String alternate = ((org.w3c.dom.Element) feed.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
        assertThat(alternate).isEqualTo(base + "/search?q=harbour&sort=newest");

        // the other feeds say when they last changed by their newest entry too
        org.w3c.dom.Document category = atom(Http.get(base + "/en/category/world/feed.atom"));
        assertThat(feedUpdated(category)).isEqualTo(entryTimes(category).stream().max(Instant::compareTo).orElseThrow());
    }

    @Test
    void feedsCarryTitlesWithCharactersXmlCannotAndDropOnlyThoseCharacters() throws Exception {
        for (String path : List.of("/en/hashtag/Gullwatch/feed.atom", "/en/category/science/feed.atom", "/search/feed.atom?q=gull")) {
            var r = Http.get(base + path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            org.w3c.dom.Document feed = atom(r);
            assertThat(entryTitles(feed)).as(path).containsExactly("Gull count rises on the pier");
            assertThat(feed.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent()).isEqualTo("Ana Reyes");
            assertThat(feed.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent()).contains("Gullwatchers counted more gulls");
        }
        // a typed control character or noncharacter in the query does not break the search feed either
        for (String q : List.of("str%0Bike", "str%1Fike", "str%EF%BF%BEike", "gull%0B")) {
            var r = Http.get(base + "/search/feed.atom?q=" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(atom(r).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).as(q).startsWith("Search: ");
        }
        assertThat(entryTitles(atom(Http.get(base + "/search/feed.atom?q=gull%0B")))).containsExactly("Gull count rises on the pier");
    }

    @Test
    void aLongQueryIsCutWithoutSplittingACharacter() throws Exception {
        String q = "a".repeat(299) + "\uD83D\uDE00"; // 299 letters and an emoji: 301 UTF-16 units
        String encoded = java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=" + encoded).body());
        assertThat(json.get("query").asText()).isEqualTo("a".repeat(299));
        JsonNode suggest = new ObjectMapper().readTree(Http.get(base + "/api/v1/suggest?q=" + encoded).body());
        assertThat(suggest.get("query").asText()).isEqualTo("a".repeat(299));
        var feed = Http.get(base + "/search/feed.atom?q=" + encoded);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(atom(feed).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("Search: " + "a".repeat(299) + " · Newsloom");
        assertThat(Jsoup.parse(Http.get(base + "/search?q=" + encoded).body()).select("#q").attr("value")).isEqualTo("a".repeat(299));
        // an emoji that fits is kept whole
        String fits = "a".repeat(298) + "\uD83D\uDE00";
        assertThat(new ObjectMapper().readTree(Http.get(base + "/api/v1/search?q=" + java.net.URLEncoder.encode(fits, StandardCharsets.UTF_8))
                .body()).get("query").asText()).isEqualTo(fits);
    }

    @Test
    void publicFeedsBehindATlsProxyLinkOverHttps() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/en/category/world/feed.atom", "/en/hashtag/Ceasefire/feed.atom", "/search/feed.atom?q=ceasefire")) {
            var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).header("X-Forwarded-Proto", "https")
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            String https = "https://127.0.0.1:" + web.port();
            org.w3c.dom.Document feed = atom(r);
            assertThat(feed.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).as(path).startsWith(https + "/");
            var links = feed.getElementsByTagNameNS(ATOM, "link");
            for (int i = 0; i < links.getLength(); i++) {
                assertThat(((org.w3c.dom.Element) links.item(i)).getAttribute("href")).as(path).startsWith(https + "/");
            }
            // and without the header, as the request came
            assertThat(atom(Http.get(base + path)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).startsWith(base + "/");
        }
    }

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static org.w3c.dom.Document atom(java.net.http.HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<Instant> entryTimes(org.w3c.dom.Document feed) {
        List<Instant> out = new java.util.ArrayList<>();
        var entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            var e = (org.w3c.dom.Element) entries.item(i);
            out.add(Instant.parse(e.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()));
        }
        return out;
    }

    static List<String> entryTitles(org.w3c.dom.Document feed) {
        List<String> out = new java.util.ArrayList<>();
        var entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            out.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return out;
    }

    static Instant feedUpdated(org.w3c.dom.Document feed) {
        for (var n = feed.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && "updated".equals(e.getLocalName())) return Instant.parse(e.getTextContent());
        }
        throw new AssertionError("the feed has no updated element");
    }
}
