package dev.newsloom.store;

import static dev.newsloom.store.StoreFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Categories, hashtags, their pages and trending counts, the same on SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class TagRepositoryTest {
    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    @Parameter StoreEngine engine;
    @TempDir Path dir;
    ArticleRepository articles;
    TagRepository tags;
    StoryRepository stories;
    long harbor;
    long bay;

    @BeforeEach
    void open() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        articles = new ArticleRepository(db);
        tags = new TagRepository(db);
        stories = new StoryRepository(db);
        harbor = sources.add("Harbor Gazette", "https://harbor.example/feed", null).id();
        bay = sources.add("Bay Ledger", "https://bay.example/feed", null).id();
    }

    Article add(long source, String path, Instant when, Category category, boolean hinted, Hashtag... hashtags) {
        Article a = article(source, "https://news.example/" + source + "/" + path, "Title of " + path, when);
        articles.accept(a);
        tags.save(a, new Tagging(category, hinted, List.of(hashtags)));
        return a;
    }

    @Test
    void aTaggingIsReplacedWholeAndComesBackByScoreThenTag() {
        double exact = 0.1 + 0.2; // a 64-bit double, not a 32-bit float, must survive the trip
        Article a = add(harbor, "a", T0, Category.WORLD, true, Hashtag.of("Port Anselm", exact), Hashtag.of("Ferry", 7.25),
                Hashtag.of("Storm", exact));
        Tagging stored = tags.find(a.id()).orElseThrow();
        assertThat(stored.category()).isEqualTo(Category.WORLD);
        assertThat(stored.hinted()).isTrue();
        assertThat(stored.hashtags()).containsExactly(new Hashtag("Ferry", "Ferry", 7.25), new Hashtag("PortAnselm", "Port Anselm", exact),
                new Hashtag("Storm", "Storm", exact));

        tags.save(a, new Tagging(Category.SPORTS, false, List.of(Hashtag.of("storm", 1), Hashtag.of("Regatta", 2))));
        assertThat(tags.find(a.id()).orElseThrow()).isEqualTo(new Tagging(Category.SPORTS, false,
                List.of(new Hashtag("Regatta", "Regatta", 2), new Hashtag("Storm", "storm", 1))));
        assertThat(tags.countByTag("Ferry")).isZero();
        assertThat(tags.countByTag("STORM")).isEqualTo(1);

        Article untagged = article(bay, "https://news.example/untagged", "Untagged", T0);
        articles.accept(untagged);
        Map<String, Tagging> of = tags.of(List.of(a.id(), untagged.id(), "f".repeat(32)));
        assertThat(of).containsOnlyKeys(a.id());
        assertThat(tags.of(List.of())).isEmpty();
    }

    @Test
    void tagPagesIgnoreCaseLeaveCopiesOutAndSortNewestFirst() {
        Article old = add(harbor, "old", T0.minusSeconds(3600), Category.WORLD, false, Hashtag.of("Port Anselm", 3));
        Article original = add(harbor, "orig", T0, Category.WORLD, false, Hashtag.of("Port Anselm", 3));
        Article copy = add(bay, "copy", T0.plusSeconds(60), Category.WORLD, false, new Hashtag("PortAnselm", "Port Anselm (AP)", 3));
        Article tieA = add(bay, "tie-a", T0.minusSeconds(60), Category.WORLD, false, Hashtag.of("Port Anselm", 1));
        Article tieB = add(bay, "tie-b", T0.minusSeconds(60), Category.WORLD, false, Hashtag.of("Port Anselm", 1));
        stories.save(original.id(), original.id(), null, null, List.of(), List.of());
        stories.save(copy.id(), original.id(), original.id(), null, List.of(), List.of());

        List<String> expected = new ArrayList<>(List.of(original.id()));
        // equal times fall back to the article id, byte order, on both engines
        expected.addAll(tieA.id().compareTo(tieB.id()) < 0 ? List.of(tieA.id(), tieB.id()) : List.of(tieB.id(), tieA.id()));
        expected.add(old.id());
        assertThat(tags.byTag("portanselm", 10, 0)).extracting(Article::id).containsExactlyElementsOf(expected);
        assertThat(tags.byTag("PORTANSELM", 2, 1)).extracting(Article::id).containsExactlyElementsOf(expected.subList(1, 3));
        // the count is what the pages list: the copy is its original's story, counted once
        assertThat(tags.countByTag("PortAnselm")).isEqualTo(expected.size());
        assertThat(tags.describe("portANSELM")).contains(new Hashtag("PortAnselm", "Port Anselm (AP)", 3));
        assertThat(tags.describe("nowhere")).isEmpty();

        assertThat(tags.byCategory(Category.WORLD, 2, 0)).extracting(Article::id).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(tags.countByCategory(Category.WORLD)).isEqualTo(expected.size());
        assertThat(tags.countByCategory(Category.SPORTS)).isZero();
    }

    @Test
    void aTagThatOnlyACopyCarriesListsTheCopysOriginalOnce() {
        Article original = add(harbor, "orig", T0, Category.WORLD, false, Hashtag.of("Port Anselm", 3));
        Article copy = add(bay, "copy", T0.plusSeconds(60), Category.WORLD, false, Hashtag.of("Port Anselm", 3), Hashtag.of("Ferry Strike", 2));
        Article second = add(bay, "second", T0.plusSeconds(120), Category.WORLD, false, Hashtag.of("Port Anselm", 2), Hashtag.of("Ferry Strike", 2));
        stories.save(original.id(), original.id(), null, null, List.of(), List.of());
        stories.save(copy.id(), original.id(), original.id(), null, List.of(), List.of());
        stories.save(second.id(), original.id(), original.id(), null, List.of(), List.of());

        // the original never said "Ferry Strike"; two of its copies did: the tag's page shows the original, once
        assertThat(tags.byTag("FerryStrike", 10, 0)).extracting(Article::id).containsExactly(original.id());
        assertThat(tags.countByTag("FerryStrike")).isEqualTo(1);
        assertThat(tags.byTag("PortAnselm", 10, 0)).extracting(Article::id).containsExactly(original.id());
        assertThat(tags.countByTag("PortAnselm")).isEqualTo(1);
        assertThat(tags.byTag("Nowhere", 10, 0)).isEmpty();
        assertThat(tags.countByTag("Nowhere")).isZero();
    }

    @Test
    void listsInOneLanguageHoldTheArticlesTheSiteFilesUnderIt() {
        String[] langs = {"de", "de-AT", "DEU", "en-GB", null, "xx", "", "fr", "de"};
        List<Article> added = new ArrayList<>();
        for (int i = 0; i < langs.length; i++) {
            Article a = article(harbor, "https://news.example/lang/" + i, "Title " + i, T0.plusSeconds(60L * i));
            a = new Article(a.id(), a.sourceId(), a.url(), a.title(), a.byline(), a.published(), a.fetchedAt(), langs[i], a.image(),
                    a.caption(), a.credit(), a.text(), a.excerptOnly(), a.categories());
            articles.accept(a);
            tags.save(a, new Tagging(i == 7 ? Category.SPORTS : Category.WORLD, false, List.of(Hashtag.of("Port Anselm", 1))));
            added.add(a);
        }
        // most first: German (de, de-AT, DEU and de again), English (en-GB, none, the made-up xx, empty), French
        assertThat(tags.tagLanguages("portanselm")).containsExactly(Map.entry("de", 4L), Map.entry("en", 4L), Map.entry("fr", 1L));
        assertThat(tags.byTag("PortAnselm", "de", 10, 0)).extracting(Article::id)
                .containsExactly(added.get(8).id(), added.get(2).id(), added.get(1).id(), added.get(0).id());
        assertThat(tags.byTag("PortAnselm", "de", 2, 1)).extracting(Article::id).containsExactly(added.get(2).id(), added.get(1).id());
        assertThat(tags.byTag("PortAnselm", "en", 10, 0)).extracting(Article::id)
                .containsExactly(added.get(6).id(), added.get(5).id(), added.get(4).id(), added.get(3).id());
        assertThat(tags.byTag("PortAnselm", "fr", 10, 0)).extracting(Article::id).containsExactly(added.get(7).id());
        assertThat(tags.byTag("PortAnselm", "it", 10, 0)).isEmpty();
        assertThat(tags.byTag("Nowhere", "en", 10, 0)).isEmpty();
        assertThat(tags.tagLanguages("Nowhere")).isEmpty();

        assertThat(tags.categoryLanguages(Category.WORLD)).containsExactly(Map.entry("de", 4L), Map.entry("en", 4L));
        assertThat(tags.categoryLanguages(Category.SPORTS)).containsExactly(Map.entry("fr", 1L));
        assertThat(tags.categoryLanguages(Category.HEALTH)).isEmpty();
        assertThat(tags.byCategory(Category.WORLD, "en", 3, 0)).extracting(Article::id)
                .containsExactly(added.get(6).id(), added.get(5).id(), added.get(4).id());
        assertThat(tags.byCategory(Category.WORLD, "fr", 10, 0)).isEmpty();
        assertThat(tags.byCategory(Category.SPORTS, "fr", 10, 0)).extracting(Article::id).containsExactly(added.get(7).id());
    }

    @Test
    void suggestionsMatchThePrefixLiterallyMostUsedFirst() {
        add(harbor, "1", T0, Category.WORLD, false, new Hashtag("Co_op", "Co-op", 1), Hashtag.of("Covid", 1), Hashtag.of("Council", 1));
        add(harbor, "2", T0, Category.WORLD, false, Hashtag.of("Council", 1), Hashtag.of("Coastguard", 1));
        add(bay, "3", T0, Category.WORLD, false, Hashtag.of("Council", 1), Hashtag.of("Coastguard", 1), new Hashtag("Co%de", "Co%de", 1),
                Hashtag.of("Ärztekammer", 1));
        assertThat(tags.suggest("#co", 10)).extracting(Hashtag::tag).containsExactly("Council", "Coastguard", "Co%de", "Co_op", "Covid");
        assertThat(tags.suggest("CO", 2)).extracting(Hashtag::tag, Hashtag::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Council", 3.0), org.assertj.core.groups.Tuple.tuple("Coastguard", 2.0));
        assertThat(tags.suggest("cou", 10)).extracting(Hashtag::tag).containsExactly("Council");
        assertThat(tags.suggest("är", 10)).extracting(Hashtag::label).containsExactly("Ärztekammer");
        assertThat(tags.suggest("c", 10)).isEmpty();
        assertThat(tags.suggest("zz", 10)).isEmpty();
    }

    @Test
    void trendingCountsArticlesAndSourcesInAHalfOpenWindow() {
        add(harbor, "1", T0, Category.WORLD, false, Hashtag.of("Ceasefire", 1), Hashtag.of("Weather", 1));
        add(harbor, "2", T0.plusSeconds(10), Category.WORLD, false, Hashtag.of("Ceasefire", 1));
        add(bay, "3", T0.plusSeconds(20), Category.WORLD, false, Hashtag.of("Ceasefire", 1));
        add(bay, "4", T0.plusSeconds(30), Category.WORLD, false, Hashtag.of("Weather", 1));
        assertThat(tags.tagCounts(T0, T0.plusSeconds(30))).isEqualTo(Map.of("ceasefire", 3, "weather", 1));
        assertThat(tags.tagSources(T0, T0.plusSeconds(31))).isEqualTo(Map.of("ceasefire", 2, "weather", 2));
        assertThat(tags.tagCounts(T0.plusSeconds(31), T0.plusSeconds(99))).isEmpty();
    }

    @Test
    void articlesWhosePublisherNamedTheSectionComeBackNewestFirst() {
        add(harbor, "1", T0, Category.SPORTS, true);
        add(harbor, "2", T0.plusSeconds(10), Category.WORLD, false);
        add(bay, "3", T0.plusSeconds(20), Category.BUSINESS, true);
        add(bay, "4", T0.plusSeconds(30), Category.SCIENCE, true);
        List<String> seen = new ArrayList<>();
        tags.forEachHinted(2, (c, a) -> seen.add(c + " " + a.title()));
        assertThat(seen).containsExactly("SCIENCE Title of 4", "BUSINESS Title of 3");
    }
}
