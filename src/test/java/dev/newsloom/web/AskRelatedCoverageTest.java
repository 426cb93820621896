package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.ai.AiService;
import dev.newsloom.ai.ExtractiveEngine;
import dev.newsloom.embed.SentenceEmbedder;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.store.AiCacheRepository;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.stories.StoryConfig;
import dev.newsloom.stories.StoryEngine;
import dev.newsloom.stories.StoryInput;
import dev.newsloom.testing.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ask on a story whose related articles are other events of the same kind, written from the same
 * sentences with other figures (as the demo newsroom writes strikes): a question that names nothing
 * ("How many workers walked out?") is answered from the story's own articles, even where a related
 * article words it closer to the question; related coverage answers only where the articles asked
 * say nothing of it, and then says so. Real server, real SQLite, the real sentence model.
 */
class AskRelatedCoverageTest {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Database db;
    static ArticleIndex index;
    static WebServer web;
    static AiService ai;
    static String base;
    /** Story id (its first article's id) to its articles. */
    static final Map<String, List<Article>> STORIES = new LinkedHashMap<>();
    static String thesholm, orlana, helness, talks;
    static Set<String> thesholmIds;

    static Article article(Source s, String url, String title, String published, String... paragraphs) {
        Instant t = Instant.parse(published);
        return new Article(ArticleId.fromUrl(url), s.id(), url, title, null, t, t, "en", null, null, null,
                String.join("\n", paragraphs), false, List.of());
    }

    @BeforeAll
    static void start() {
        db = Database.openSqlite(dir);
        SourceRepository sources = new SourceRepository(db);
        Source ledger = sources.add("Harbour Ledger", "http://127.0.0.1:1/l.xml", null);
        Source wire = sources.add("Meridian Wire", "http://127.0.0.1:1/w.xml", null);
        Source post = sources.add("Valley Post", "http://127.0.0.1:1/p.xml", null);
        // the story asked about: its articles word the figure the other way ("a strike by some 12,100 workers")
        story(article(ledger, "https://ledger.example/thesholm-strike", "Thesholm port at standstill as Dockers’ Union strike starts",
                        "2026-11-23T07:00:00Z",
                        "A strike by some 12,100 workers from the Thesholm Dockers’ Union brought Tarrow Freight operations in Thesholm to a halt on Monday.",
                        "The Thesholm Dockers’ Union wants a 6 percent pay rise, more than Tarrow Freight has offered.",
                        "\"Our members have run out of patience,\" said Mara Eklund, the general secretary of the Thesholm Dockers’ Union.",
                        "The strike is scheduled to last 4 days."),
                article(wire, "https://wire.example/thesholm-strike", "Dockers’ Union strike halts Tarrow Freight terminals in Thesholm",
                        "2026-11-23T09:30:00Z",
                        "A strike by some 12,100 workers brought Tarrow Freight terminals in Thesholm to a standstill on Monday, in a dispute over pay and shift patterns.",
                        "Long queues of lorries formed on approach roads and some cargo was diverted to Brenholm.",
                        "Jonas Wick, the operations director at Tarrow Freight, said contingency plans were in place."));
        // two earlier strikes elsewhere, worded the way the question is ("walked out")
        story(article(post, "https://post.example/orlana-strike", "12,700 workers walk out at Quenta Industries in Orlana",
                "2026-11-21T08:00:00Z",
                "About 12,700 members of the Orlana Transport Workers’ Union walked out at Quenta Industries sites in Orlana on Saturday, in a dispute over pay and shift patterns.",
                "The union is demanding a pay rise of 4 percent, above the company’s offer.",
                "The walkout is planned to last 3 days."));
        story(article(wire, "https://wire.example/helness-strike", "9,920 workers walk out at Hollowell Energy in Port Helness",
                "2026-11-22T08:00:00Z",
                "About 9,920 members of the Helness Energy Workers’ Union walked out at Hollowell Energy sites in Port Helness on Sunday, in a dispute over pay and shift patterns.",
                "The union is demanding a pay rise of 7 percent, above the company’s offer.",
                "The walkout is planned to last 5 days."));
        // an article of its own on the Thesholm dispute that gives no figure for the walkout
        story(article(post, "https://post.example/thesholm-talks", "Tarrow Freight and Dockers’ Union strike talks to resume in Thesholm",
                "2026-11-24T08:00:00Z",
                "Talks between Tarrow Freight and the Thesholm Dockers’ Union over pay and shift patterns will resume on Wednesday, both sides said, as the strike at the port went on.",
                "Jonas Wick, the operations director at Tarrow Freight, said the company was ready to improve its offer."));
        List<String> ids = new ArrayList<>(STORIES.keySet());
        thesholm = ids.get(0);
        orlana = ids.get(1);
        helness = ids.get(2);
        talks = ids.get(3);
        thesholmIds = Set.of(STORIES.get(thesholm).get(0).id(), STORIES.get(thesholm).get(1).id());

        ArticleRepository articles = new ArticleRepository(db);
        StoryRepository stories = new StoryRepository(db);
        SentenceEmbedder embedder = new SentenceEmbedder();
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), embedder);
        for (var e : STORIES.entrySet()) {
            for (Article a : e.getValue()) {
                articles.accept(a);
                stories.save(a.id(), e.getKey(), null, null, List.of(), List.of());
                engine.restore(engine.prepareStored(StoryInput.of(a, Long.toString(a.sourceId()), false), null), e.getKey(), null);
            }
        }
        index = ArticleIndex.open(dir.resolve("index"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ai = new AiService(new ExtractiveEngine(embedder), new AiCacheRepository(db), null, clock);
        web = new WebServer(articles, sources, new TagRepository(db), index, stories, engine, clock, ai, 100).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    static void story(Article... members) {
        STORIES.put(members[0].id(), List.of(members));
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) web.close();
        if (ai != null) ai.close();
        if (index != null) index.close();
        if (db != null) db.close();
    }

    static String q(String question) {
        return URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The ids of the articles an answer's quotes come from. */
    static List<String> quotedFrom(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode quote : answer.path("quotes")) {
            String href = answer.path("sources").path(quote.path("cites").path(0).asInt() - 1).path("href").asText();
            out.add(href.substring(href.lastIndexOf('/') + 1));
        }
        return out;
    }

    @Test
    void theStorysOwnArticlesAnswerBeforeRelatedOnesThatWordItCloser() throws Exception {
        JsonNode a = json("/api/v1/stories/" + thesholm + "/ask?q=" + q("How many workers walked out?"));
        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("quotes").path(0).path("text").asText()).contains("12,100 workers");
        assertThat(a.path("quotes").toString()).doesNotContain("12,700").doesNotContain("9,920");
        assertThat(quotedFrom(a)).isNotEmpty().allMatch(thesholmIds::contains);
        assertThat(a.path("from_related").asBoolean()).isFalse();
        // the article's Ask reads its whole story, and answers the same way
        for (Article member : STORIES.get(thesholm)) {
            JsonNode fromArticle = json("/api/v1/articles/" + member.id() + "/ask?q=" + q("How many workers walked out?"));
            assertThat(fromArticle.path("quotes").path(0).path("text").asText()).as(member.title()).contains("12,100 workers");
            assertThat(quotedFrom(fromArticle)).allMatch(thesholmIds::contains);
            assertThat(fromArticle.path("from_related").asBoolean()).isFalse();
        }
        JsonNode days = json("/api/v1/stories/" + thesholm + "/ask?q=" + q("How many days will the walkout last?"));
        assertThat(days.path("quotes").path(0).path("text").asText()).contains("4 days");
        assertThat(quotedFrom(days)).allMatch(thesholmIds::contains);
        // the page introduces the quotes as the coverage's own
        Document page = Jsoup.parse(Http.get(base + "/en/story/" + thesholm + "/ask?q=" + q("How many workers walked out?")).body());
        assertThat(page.select(".ai-answer blockquote").first().text()).contains("12,100 workers");
        assertThat(page.select(".ai-answer .ai-meta").first().text()).isEqualTo("From the coverage:");
        assertThat(page.select(".ai-from-related")).isEmpty();
    }

    @Test
    void relatedCoverageAnswersOnlyWhereTheArticlesAskedDoNotAndSaysSo() throws Exception {
        String talk = STORIES.get(talks).get(0).id();
        JsonNode a = json("/api/v1/articles/" + talk + "/ask?q=" + q("How many workers walked out?"));
        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("from_related").asBoolean()).isTrue();
        assertThat(a.path("message").asText()).isEqualTo("Not answered by this article. From related coverage (other stories, which may be about another event):");
        assertThat(quotedFrom(a)).isNotEmpty().noneMatch(talk::equals);
        JsonNode asStory = json("/api/v1/stories/" + talks + "/ask?q=" + q("How many workers walked out?"));
        assertThat(asStory.path("from_related").asBoolean()).isTrue();
        assertThat(asStory.path("message").asText()).startsWith("Not answered by this story's own articles.");
        Document page = Jsoup.parse(Http.get(base + "/en/article/" + talk + "/ask?q=" + q("How many workers walked out?")).body());
        assertThat(page.select(".ai-answer .ai-from-related").text()).startsWith("Not answered by this article. From related coverage");
        assertThat(page.select(".ai-answer blockquote")).isNotEmpty();
        // what the article does say, it answers itself
        JsonNode own = json("/api/v1/articles/" + talk + "/ask?q=" + q("When will the talks resume?"));
        assertThat(own.path("from_related").asBoolean()).isFalse();
        assertThat(quotedFrom(own)).containsOnly(talk);
    }
}
