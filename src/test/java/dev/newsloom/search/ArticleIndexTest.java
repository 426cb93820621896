package dev.newsloom.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index on a real directory. */
class ArticleIndexTest {
    @TempDir Path dir;

    private static Article article(String url, String title, String text) {
        return new Article(ArticleId.fromUrl(url), 1, url, title, null, Instant.parse("2026-11-24T08:00:00Z"),
                Instant.parse("2026-11-24T08:00:05Z"), "en", null, null, null, text, false, List.of());
    }

    @Test
    void findsArticlesByTitleTextAndSourceAndSeesWritesAtOnce() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Article lighthouse = article("https://h.example/1", "Lighthouse keepers vote to strike",
                    "The keepers of the Port Anselm light said the vote was unanimous.");
            Article budget = article("https://h.example/2", "Council passes harbour budget",
                    "Councillors approved the budget after a long night; the lighthouse fund was cut.");
            index.upsert(lighthouse, "Harbor Gazette");
            index.upsert(budget, "Bay Ledger");

            assertThat(index.search("lighthouse", 10)).extracting(SearchHit::id)
                    .containsExactly(lighthouse.id(), budget.id()); // the title match ranks first
            assertThat(index.search("budget", 10)).extracting(SearchHit::id).containsExactly(budget.id());
            assertThat(index.search("ledger", 10)).extracting(SearchHit::id).containsExactly(budget.id());
            assertThat(index.search("unanimous vote", 10)).extracting(SearchHit::id).containsExactly(lighthouse.id());
            assertThat(index.search("zeppelin", 10)).isEmpty();
            assertThat(index.search("  ", 10)).isEmpty();
            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void englishTextIsStemmedAndOtherLanguagesKeepTheirOwnAnalysis() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(article("https://h.example/1", "Ferries cancelled", "Running ferries was impossible in the storm."), "H");
            Article german = new Article(ArticleId.fromUrl("https://h.example/2"), 1, "https://h.example/2", "Fähren fallen aus",
                    null, Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:00:05Z"), "de-DE", null, null,
                    null, "Die Fähren fahren heute nicht.", false, List.of());
            index.upsert(german, "H");
            assertThat(index.search("ferry", 5)).hasSize(1);
            assertThat(index.search("run", 5)).hasSize(1);
            assertThat(index.search("fähre", 5)).extracting(SearchHit::id).containsExactly(german.id());
            assertThat(index.search(new SearchQuery("fähre", null, null, null, "en", null, null, null, 0, 5)).hits()).isEmpty();
            SearchResults r = index.search(SearchQuery.of("storm", 5));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.hits().get(0).snippet()).contains("<mark>storm</mark>");
        }
    }

    @Test
    void withEmbeddingsASearchFindsArticlesByMeaningNotOnlyByWords() {
        try (ArticleIndex index = ArticleIndex.open(dir, new dev.newsloom.embed.SentenceEmbedder())) {
            Article ceasefire = article("https://h.example/1", "Ceasefire agreed between Norvania and Ostrel",
                    "The two governments agreed to halt all fighting along the border from midnight.");
            Article football = article("https://h.example/2", "Harbour Rovers win the cup final",
                    "The home side scored twice in the second half.");
            Article budget = article("https://h.example/3", "Council approves the harbour budget",
                    "Councillors voted for the spending plan after a long debate.");
            index.upsert(ceasefire, "H");
            index.upsert(football, "H");
            index.upsert(budget, "H");
            // no shared word: "truce" and "war" appear nowhere, yet the ceasefire article is the answer
            SearchResults r = index.search(SearchQuery.of("truce to end the war", 5));
            assertThat(r.hits()).extracting(SearchHit::id).containsExactly(ceasefire.id());
            // a word match still ranks first and unrelated articles stay out
            assertThat(index.search(SearchQuery.of("harbour budget", 5)).hits()).extracting(SearchHit::id).first()
                    .isEqualTo(budget.id());
            assertThat(index.search(SearchQuery.of("quantum chromodynamics lecture", 5)).hits()).isEmpty();
        }
    }

    @Test
    void languageFilterListsWhatTheSiteFilesUnderThatLanguage() {
        // the site files an article under its tag's primary subtag, and under /en/ when the tag is missing or unusable
        String[] tags = {null, "", "en", "en-GB", "EN_us", "english", "de-DE", "de", "fr"};
        java.util.Map<String, String> idOf = new java.util.HashMap<>();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int i = 0; i < tags.length; i++) {
                String url = "https://h.example/lang/" + i;
                Article a = new Article(ArticleId.fromUrl(url), 1, url, "Dock strike, report " + i, null,
                        Instant.parse("2026-11-24T08:00:00Z").plusSeconds(i), Instant.parse("2026-11-24T08:00:05Z"), tags[i],
                        null, null, null, "Dock strike strike streik grève " + i, false, List.of());
                index.upsert(a, "H");
                idOf.put(String.valueOf(tags[i]), a.id());
            }
            assertThat(found(index, "en")).containsExactlyInAnyOrder(idOf.get("null"), idOf.get(""), idOf.get("en"),
                    idOf.get("en-GB"), idOf.get("EN_us"), idOf.get("english"));
            assertThat(found(index, "EN")).hasSize(6);
            assertThat(found(index, "de")).containsExactlyInAnyOrder(idOf.get("de-DE"), idOf.get("de"));
            assertThat(found(index, "fr")).containsExactly(idOf.get("fr"));
            assertThat(found(index, "it")).isEmpty();
            assertThat(found(index, null)).hasSize(tags.length);
        }
        // the rule is read from the index's terms, so an index reopened later (or written earlier) filters the same
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(found(index, "en")).hasSize(6);
            assertThat(index.search(new SearchQuery("", null, null, null, "en", null, null, null, 0, 50)).total()).isEqualTo(6);
        }
    }

    private static List<String> found(ArticleIndex index, String lang) {
        return index.search(new SearchQuery("strike", null, null, null, lang, null, null, null, 0, 50)).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void pagingIsBoundedSoOffsetPlusLimitCannotOverflow() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(article("https://h.example/1", "Ferry timetable changes", "Ferries will run hourly."), "H");
            assertThat(index.search(new SearchQuery("ferry", null, null, null, null, null, null, null, SearchQuery.MAX_OFFSET, 200))
                    .hits()).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    new SearchQuery("ferry", null, null, null, null, null, null, null, Integer.MAX_VALUE, 20))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(SearchQuery.MAX_OFFSET));
        }
    }

    @Test
    void snippetsAreEscaped() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(article("https://h.example/1", "Markup", "The <script>alert(1)</script> storm came."), "H");
            String snippet = index.search(SearchQuery.of("storm", 5)).hits().get(0).snippet();
            assertThat(snippet).contains("&lt;script&gt;").doesNotContain("<script>");
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Article a = article("https://h.example/1", "Ferry timetable changes", "Ferries will run hourly.");
            index.upsert(a, "Harbor Gazette");
            index.upsert(article("https://h.example/1", "Ferry timetable scrapped", "No ferries at all."), "Harbor Gazette");
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.search("hourly", 5)).isEmpty();
            assertThat(index.search("scrapped", 5)).hasSize(1);
            index.delete(a.id());
            assertThat(index.search("scrapped", 5)).isEmpty();
        }
    }

    @Test
    void queriesWithBrokenSyntaxAreSearchedAsText() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(article("https://h.example/1", "Tariffs (again) rise", "Prices: up 3%."), "Harbor Gazette");
            assertThat(index.search("tariffs (again", 5)).hasSize(1);
            assertThat(index.search("\"prices up", 5)).hasSize(1);
            assertThat(index.search("AND OR", 5)).isEmpty();
        }
    }

    @Test
    void accentsAreFoldedSoReadersFindNamesWithoutTypingThem() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Article english = article("https://h.example/1", "Engström warns of outbreak", "Noor Engström said the cases cluster near the café.");
            Article german = new Article(ArticleId.fromUrl("https://h.example/2"), 1, "https://h.example/2", "Fähren fallen aus",
                    null, Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:00:05Z"), "de", null, null,
                    null, "Die Fähren über den Fluß fahren heute nicht.", false, List.of());
            Article unknown = new Article(ArticleId.fromUrl("https://h.example/3"), 1, "https://h.example/3", "Céline Dion en concert",
                    null, Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:00:05Z"), null, null, null,
                    null, "Le concert de Céline à Montréal.", false, List.of());
            index.upsert(english, "H");
            index.upsert(german, "H");
            index.upsert(unknown, "H");
            assertThat(index.search("engstrom", 5)).extracting(SearchHit::id).containsExactly(english.id());
            assertThat(index.search("ENGSTRÖM", 5)).extracting(SearchHit::id).containsExactly(english.id());
            assertThat(index.search("cafe", 5)).extracting(SearchHit::id).containsExactly(english.id());
            // the English stemmer sees the folded word: "Céline" and "celine" stem alike
            Article singer = article("https://h.example/4", "Céline and Inés open the festival", "Céline sang first; Inés closed the night.");
            index.upsert(singer, "H");
            assertThat(index.search("celine", 5)).extracting(SearchHit::id).contains(singer.id());
            assertThat(index.search("ines", 5)).extracting(SearchHit::id).containsExactly(singer.id());
            assertThat(index.search("CÉLINE", 5)).extracting(SearchHit::id).contains(singer.id());
            assertThat(index.search("fahre", 5)).extracting(SearchHit::id).containsExactly(german.id()); // "Fähren", stemmed in German
            assertThat(index.search("fluss", 5)).extracting(SearchHit::id).containsExactly(german.id());
            assertThat(index.search("celine montreal", 5)).extracting(SearchHit::id).containsExactly(unknown.id());
            assertThat(index.search(SearchQuery.of("engstrom", 5)).hits().get(0).snippet()).contains("<mark>Engström</mark>");
        }
    }

    @Test
    void anIndexWrittenByOtherAnalysisIsToldApartSoTheStoreCanRebuildIt() throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var old = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("id", "x", org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
            old.commit(); // as a release before analysis versions wrote it: no version in the commit
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.analysedDifferently()).isTrue();
            index.clear();
            index.upsert(article("https://h.example/1", "Ferry timetable changes", "Ferries will run hourly."), "H");
            index.commit();
            assertThat(index.analysedDifferently()).isFalse();
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.analysedDifferently()).isFalse();
        }
        Path fresh = dir.resolve("fresh");
        try (ArticleIndex index = ArticleIndex.open(fresh)) {
            assertThat(index.analysedDifferently()).isFalse();
        }
    }

    @Test
    void survivesReopeningAndCanBeCleared() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(article("https://h.example/1", "Ferry timetable changes", "Ferries will run hourly."), "H");
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.search("ferry", 5)).hasSize(1);
            index.clear();
            assertThat(index.count()).isZero();
        }
    }
}
