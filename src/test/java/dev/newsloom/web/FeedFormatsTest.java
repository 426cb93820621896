package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import dev.newsloom.community.CommunityConfig;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.WebClient;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every feed of the site in Atom, RSS 2.0 and JSON Feed 1.1: each parses as its format, carries
 * the same entries in the same order as the Atom feed, and fails as the Atom feeds do.
 */
class FeedFormatsTest {
    @TempDir static Path dir;
    static CommunitySite site;
    /** Harbor's run of Bay's wire story: folded on the home page and in the story, listed on Harbor's source page. */
    static Article copy;
    /** A title and byline with characters neither XML nor UTF-8 can carry (a unit separator, a noncharacter, a bell). */
    static Article odd;
    static String forYouAtom;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults().withSignupsPerAddress(1000).withCommentsPerBurst(100));
        site.restoreStory();
        ArticleRepository articles = new ArticleRepository(site.db);
        TagRepository tags = new TagRepository(site.db);
        Source bay = new SourceRepository(site.db).findByName("Bay Ledger").orElseThrow();
        Article vote = site.stories.articles(site.storyId).stream().filter(a -> a.sourceId() == bay.id()).findFirst().orElseThrow();
        String url = "https://news.example/harbor/wire-sea-wall-vote";
        Instant when = vote.time().plusSeconds(60);
        copy = new Article(ArticleId.fromUrl(url), site.harbor.id(), url, vote.title(), null, when, when, "en", null, null, "Wire",
                vote.text(), false, List.of());
        articles.accept(copy);
        tags.save(copy, new Tagging(Category.WORLD, false, List.of(Hashtag.of("SeaWall", 3))));
        site.stories.save(copy.id(), site.storyId, vote.id(), null, List.of(), List.of());
        String oddUrl = "https://news.example/bay/gulls";
        Instant oddWhen = CommunitySite.NOW.minusSeconds(86_400);
        odd = new Article(ArticleId.fromUrl(oddUrl), bay.id(), oddUrl, "Gull\u001F count rises\uFFFE on the pier", "Ana\u0007 Reyes",
                oddWhen, oddWhen, "en", null, null, null, "Gull\u000Bwatchers counted more gulls than ever.", false, List.of());
        articles.accept(odd);
        tags.save(odd, new Tagging(Category.SCIENCE, false, List.of(Hashtag.of("Gullwatch", 3))));

        WebClient reader = site.signUp("FeedReader", "reader password 1");
        Document tag = reader.page("/en/hashtag/SeaWall");
        reader.post("/follow", Map.of("_csrf", tag.selectFirst("form.follow input[name=_csrf]").attr("value"), "kind", "hashtag",
                "key", "SeaWall", "back", "/en/hashtag/SeaWall"));
        Document settings = org.jsoup.Jsoup.parse(reader.post("/settings/feed",
                Map.of("_csrf", CommunitySite.sessionCsrf(reader), "action", "new")).body());
        forYouAtom = settings.select("input#feed-url").attr("value");
        assertThat(settings.select("input#feed-url-rss").attr("value")).isEqualTo(forYouAtom.replace(".atom", ".rss"));
        assertThat(settings.select("input#feed-url-json").attr("value")).isEqualTo(forYouAtom.replace(".atom", ".json"));
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    /** Every kind of feed the site serves, by its Atom address. */
    static List<String> atomFeeds() {
        return List.of("/feed.atom", "/source/" + site.harbor.id() + "/feed.atom", site.storyPath() + "/feed.atom",
                "/en/hashtag/SeaWall/feed.atom", "/en/category/world/feed.atom", "/search/feed.atom?q=sea+wall",
                forYouAtom.substring(site.base.length()));
    }

    /** One feed read in all three formats. */
    record Read(SyndFeed atom, SyndFeed rss, Channel channel, JsonNode json) {}

    /** No test changes what the feeds list, so each is read once. */
    static final Map<String, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static Read read(String atomPath) throws Exception {
        Read known = READ.get(atomPath);
        if (known != null) return known;
        HttpResponse<String> atom = get(atomPath), rss = get(FeedFormat.RSS.href(atomPath)), json = get(FeedFormat.JSON.href(atomPath));
        for (var r : List.of(atom, rss, json)) assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(200);
        assertThat(type(atom)).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(type(rss)).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(type(json)).isEqualTo("application/feed+json; charset=utf-8");
        SyndFeed a = new SyndFeedInput().build(new StringReader(atom.body()));
        assertThat(a.getFeedType()).isEqualTo("atom_1.0");
        SyndFeed r = new SyndFeedInput().build(new StringReader(rss.body()));
        assertThat(r.getFeedType()).isEqualTo("rss_2.0");
        Channel c = (Channel) new WireFeedInput().build(new StringReader(rss.body()));
        Read read = new Read(a, r, c, new ObjectMapper().readTree(json.body()));
        READ.put(atomPath, read);
        return read;
    }

    @Test
    void everyFeedInEveryFormatHasTheAtomFeedsEntriesInItsOrder() throws Exception {
        for (String path : atomFeeds()) {
            Read f = read(path);
            List<SyndEntry> entries = f.atom().getEntries();
            assertThat(entries).as(path).isNotEmpty();
            List<String> ids = entries.stream().map(SyndEntry::getUri).toList();
            List<String> links = entries.stream().map(SyndEntry::getLink).toList();
            assertThat(ids).as(path).allMatch(id -> id.startsWith("urn:newsloom:article:"));
            assertThat(links).as(path).allMatch(l -> l.startsWith(site.base + "/en/article/"));

            assertThat(f.rss().getEntries().stream().map(SyndEntry::getUri).toList()).as(path).isEqualTo(ids);
            assertThat(f.rss().getEntries().stream().map(SyndEntry::getLink).toList()).as(path).isEqualTo(links);
            assertThat(f.rss().getEntries().stream().map(SyndEntry::getTitle).toList()).as(path)
                    .isEqualTo(entries.stream().map(SyndEntry::getTitle).toList());
            List<String> jsonIds = new ArrayList<>(), jsonLinks = new ArrayList<>();
            f.json().get("items").forEach(i -> {
                jsonIds.add(i.get("id").asText());
                jsonLinks.add(i.get("url").asText());
            });
            assertThat(jsonIds).as(path).isEqualTo(ids);
            assertThat(jsonLinks).as(path).isEqualTo(links);
        }
    }

    @Test
    void rssIsRss20WithSelfLinkGuidsDatesCreatorsAndHashtags() throws Exception {
        for (String path : atomFeeds()) {
            Read f = read(path);
            Channel c = f.channel();
            assertThat(c.getTitle()).isEqualTo(f.atom().getTitle());
            assertThat(c.getLink()).isEqualTo(page(f.atom())).startsWith(site.base + "/");
            assertThat(c.getDescription()).isNotBlank();
            Instant newest = f.atom().getEntries().stream().map(e -> e.getUpdatedDate().toInstant()).max(Instant::compareTo).orElseThrow();
            assertThat(c.getLastBuildDate().toInstant()).as(path).isEqualTo(newest).isEqualTo(f.atom().getPublishedDate().toInstant());
            Element self = c.getForeignMarkup().stream()
                    .filter(e -> e.getName().equals("link") && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())).findFirst().orElseThrow();
            assertThat(self.getAttributeValue("rel")).isEqualTo("self");
            assertThat(self.getAttributeValue("type")).isEqualTo("application/rss+xml");
            assertThat(self.getAttributeValue("href")).as(path).isEqualTo(site.base + FeedFormat.RSS.href(path));
            for (int i = 0; i < c.getItems().size(); i++) {
                Item item = c.getItems().get(i);
                SyndEntry atom = f.atom().getEntries().get(i);
                assertThat(item.getGuid().isPermaLink()).isFalse();
                assertThat(item.getPubDate().toInstant()).isEqualTo(atom.getPublishedDate().toInstant());
                assertThat(item.getCategories().stream().map(com.rometools.rome.feed.rss.Category::getValue).toList())
                        .isEqualTo(atom.getCategories().stream().map(com.rometools.rome.feed.synd.SyndCategory::getName).toList())
                        .isNotEmpty();
                DCModule dc = (DCModule) item.getModule(DCModule.URI);
                String creator = dc == null ? null : dc.getCreator();
                if (atom.getUri().endsWith(copy.id())) assertThat(creator).as("no byline, no dc:creator").isNull();
                else assertThat(creator).isEqualTo(atom.getAuthor());
            }
        }
        // pubDate is RFC 822, as RSS 2.0 says
        String body = get(FeedFormat.RSS.href(site.storyPath() + "/feed.atom")).body();
        assertThat(body).containsPattern("<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT</pubDate>");
    }

    @Test
    void jsonFeedHasTheFieldsJsonFeed11Requires() throws Exception {
        for (String path : atomFeeds()) {
            Read f = read(path);
            JsonNode j = f.json();
            assertThat(j.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(j.get("title").asText()).isEqualTo(f.atom().getTitle());
            assertThat(j.get("home_page_url").asText()).isEqualTo(page(f.atom()));
            assertThat(j.get("feed_url").asText()).as(path).isEqualTo(site.base + FeedFormat.JSON.href(path));
            assertThat(j.get("items").isArray()).isTrue();
            for (int i = 0; i < j.get("items").size(); i++) {
                JsonNode item = j.get("items").get(i);
                SyndEntry atom = f.atom().getEntries().get(i);
                assertThat(item.get("id").isTextual()).isTrue();
                assertThat(item.hasNonNull("content_text") || item.hasNonNull("content_html")).isTrue();
                assertThat(item.get("content_text").asText()).isEqualTo(atom.getDescription().getValue());
                assertThat(item.get("title").asText()).isEqualTo(atom.getTitle());
                assertThat(OffsetDateTime.parse(item.get("date_published").asText()).toInstant())
                        .isEqualTo(atom.getPublishedDate().toInstant());
                assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo(atom.getAuthor());
                List<String> tags = new ArrayList<>();
                item.path("tags").forEach(t -> tags.add(t.asText()));
                assertThat(tags).isEqualTo(atom.getCategories().stream().map(com.rometools.rome.feed.synd.SyndCategory::getName).toList());
                assertThat(item.get("external_url").asText()).startsWith("https://news.example/");
            }
        }
    }

    @Test
    void theNewFeedsListWhatTheirPagesList() throws Exception {
        List<String> latest = titles(read("/feed.atom").atom());
        assertThat(latest.get(0)).isEqualTo("Ferry timetable changes on Monday"); // the newest
        assertThat(read("/feed.atom").atom().getEntries()).noneMatch(e -> e.getUri().endsWith(copy.id())); // folded, as on the home page

        SyndFeed harbor = read("/source/" + site.harbor.id() + "/feed.atom").atom();
        assertThat(harbor.getTitle()).isEqualTo("Harbor Gazette · Newsloom");
        assertThat(harbor.getEntries()).anyMatch(e -> e.getUri().endsWith(copy.id())); // the source's own run of the copy
        assertThat(harbor.getEntries()).allMatch(e -> e.getAuthor().equals("Ana Vel") || e.getUri().endsWith(copy.id()));

        String storyTitle = new WebClient(site.base).page(site.storyPath()).selectFirst("h1").text();
        SyndFeed story = read(site.storyPath() + "/feed.atom").atom();
        assertThat(story.getTitle()).isEqualTo(storyTitle + " · Newsloom");
        assertThat(titles(story)).containsExactly("What the sea wall will cost", "Sea wall vote splits the council",
                "Council approves the new sea wall"); // newest first, the copy folded into its original
        assertThat(page(story)).isEqualTo(site.base + site.storyPath());
    }

    @Test
    void missingThingsAre404AndBadSearchesAre400InPlainText() {
        List<String> missing = new ArrayList<>();
        for (FeedFormat f : FeedFormat.values()) {
            String e = "." + f.extension();
            missing.addAll(List.of("/source/99999/feed" + e, "/source/abc/feed" + e, "/en/story/00000000000000000000000000000000/feed" + e,
                    "/en/story/not-a-story/feed" + e, "/en/hashtag/NoSuchTagXyz/feed" + e, "/en/category/nothing/feed" + e,
                    "/feeds/no-such-secret/for-you" + e, "/zz/story/" + site.storyId + "/feed" + e));
        }
        for (String path : missing) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(type(r)).as(path).startsWith("text/plain");
            assertThat(r.body()).as(path).isNotBlank();
        }
        for (FeedFormat f : FeedFormat.values()) {
            for (String query : List.of("?q=sea&from=2026-13-45", "?q=sea&source=abc", "?q=sea&lang=zz")) {
                HttpResponse<String> r = get("/search/feed." + f.extension() + query);
                assertThat(r.statusCode()).as(f + query).isEqualTo(400);
                assertThat(type(r)).startsWith("text/plain");
            }
        }
    }

    @Test
    void aStoryFeedUnderAnotherLanguageRedirectsToItsOwnAddress() {
        for (FeedFormat f : FeedFormat.values()) {
            HttpResponse<String> r = get("/de/story/" + site.storyId + "/feed." + f.extension() + "?x=1");
            assertThat(r.statusCode()).isEqualTo(301);
            assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo(site.storyPath() + "/feed." + f.extension());
        }
    }

    @Test
    void feedsCarryAWeakETagThatIfNoneMatchAnswersWith304() {
        for (String path : List.of("/feed.rss", "/feed.json", site.storyPath() + "/feed.json", "/source/" + site.harbor.id() + "/feed.rss")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("W/\"").endsWith("\"");
            HttpResponse<String> again = new WebClient(site.base).header("If-None-Match", etag).get(path);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void behindATlsProxyEveryAddressInTheFeedIsHttps() throws Exception {
        String https = site.base.replace("http://", "https://");
        for (String path : List.of("/feed.rss", "/feed.json", "/search/feed.json?q=sea+wall", forYouAtom.substring(site.base.length()).replace(".atom", ".rss"))) {
            String body = new WebClient(site.base).header("X-Forwarded-Proto", "https").get(path).body();
            assertThat(body).as(path).contains(https + "/").doesNotContain(site.base + "/");
        }
    }

    @Test
    void charactersXmlCannotCarryAreLeftOutOfEveryFormatAndHtmlIsText() throws Exception {
        Read f = read("/en/hashtag/Gullwatch/feed.atom");
        assertThat(titles(f.rss())).containsExactly("Gull count rises on the pier");
        assertThat(f.json().get("items").get(0).get("title").asText()).isEqualTo("Gull count rises on the pier");
        assertThat(f.json().get("items").get(0).get("authors").get(0).get("name").asText()).isEqualTo("Ana Reyes");
        assertThat(f.json().get("items").get(0).get("content_text").asText()).contains("Gullwatchers counted more gulls");
        assertThat(((DCModule) f.channel().getItems().get(0).getModule(DCModule.URI)).getCreator()).isEqualTo("Ana Reyes");
        // a publisher's markup is text in every format: RSS readers read a description as HTML, so it is escaped for them
        String hostileId = "urn:newsloom:article:" + site.hostile.id();
        Read harbour = read("/en/hashtag/Harbour/feed.atom");
        Item hostile = harbour.channel().getItems().stream().filter(i -> i.getGuid().getValue().equals(hostileId)).findFirst().orElseThrow();
        assertThat(hostile.getDescription().getValue()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(hostile.getTitle()).isEqualTo(site.hostile.title());
    }

    @Test
    void theForYouFeedIsPrivateInEveryFormat() throws Exception {
        String path = forYouAtom.substring(site.base.length());
        Read f = read(path);
        assertThat(titles(f.atom())).contains("What the sea wall will cost"); // the story once, by its newest article
        assertThat(f.atom().getUri()).startsWith("urn:newsloom:for-you:");
        assertThat(f.json().get("home_page_url").asText()).isEqualTo(site.base + "/for-you");
        for (FeedFormat format : FeedFormat.values()) {
            HttpResponse<String> r = get(format.href(path));
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
            assertThat(r.headers().firstValue("X-Robots-Tag").orElseThrow()).isEqualTo("noindex");
        }
    }

    @Test
    void everyPageWithAFeedAnnouncesAllThreeAndItsLinksOfferThem() {
        WebClient c = new WebClient(site.base);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "/feed.atom");
        pages.put("/source/" + site.harbor.id(), "/source/" + site.harbor.id() + "/feed.atom");
        pages.put(site.storyPath(), site.storyPath() + "/feed.atom");
        pages.put("/en/hashtag/SeaWall", "/en/hashtag/SeaWall/feed.atom");
        pages.put("/en/category/world", "/en/category/world/feed.atom");
        pages.put("/search?q=sea+wall", "/search/feed.atom?q=sea+wall");
        pages.forEach((page, atom) -> {
            Document d = c.page(page);
            for (FeedFormat f : FeedFormat.values()) {
                var link = d.select("head link[rel=alternate][type=" + f.mediaType() + "]");
                assertThat(link).as(page + " " + f).hasSize(1);
                assertThat(link.attr("href")).as(page).isEqualTo(f.href(atom));
                assertThat(link.attr("title")).as(page).endsWith("(" + f.label() + ")");
                assertThat(get(link.attr("href")).statusCode()).as(link.attr("href")).isEqualTo(200);
            }
        });
        pages.forEach((page, atom) -> { // and a link a reader can see, to each format
            var visible = c.page(page).select("main a.feed");
            assertThat(visible.eachText()).as(page).containsExactly("Atom", "RSS", "JSON Feed");
            assertThat(visible.eachAttr("href")).as(page).containsExactly(FeedFormat.ATOM.href(atom), FeedFormat.RSS.href(atom),
                    FeedFormat.JSON.href(atom));
        });
    }

    @Test
    void eachFormatsAddressIsTheAtomAddressWithItsOwnEnding() {
        assertThat(FeedFormat.RSS.href("/search/feed.atom?q=a.atom")).isEqualTo("/search/feed.rss?q=a.atom");
        assertThat(FeedFormat.JSON.href("https://h/feeds/x/for-you.atom")).isEqualTo("https://h/feeds/x/for-you.json");
        assertThat(FeedFormat.ATOM.href("/feed.atom")).isEqualTo("/feed.atom");
        assertThatThrownBy(() -> FeedFormat.RSS.href("/feed.xml")).isInstanceOf(IllegalArgumentException.class);
        String title = "Search: <b>\"Tom's\" & co</b>";
        String attribute = FeedFormat.RSS.linkTitle(title);
        assertThat(attribute).doesNotContain("<", ">", "\"", "'");
        assertThat(org.jsoup.Jsoup.parse("<a title=\"" + attribute + "\">x</a>").selectFirst("a").attr("title")).isEqualTo(title + " (RSS)");
        assertThat(FeedFormat.isFeedPath("/settings/export.json")).isFalse();
        assertThat(FeedFormat.isFeedPath("/en/story/x/feed.json")).isTrue();
    }

    /** The page an Atom feed is the list of (Rome's getLink gives the self link). */
    static String page(SyndFeed atom) {
        return atom.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref();
    }

    static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    static HttpResponse<String> get(String path) {
        return new WebClient(site.base).get(path);
    }

    static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
