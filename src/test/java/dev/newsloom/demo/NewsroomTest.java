package dev.newsloom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated world: deterministic, varied enough to measure extraction, dedup and clustering against. */
class NewsroomTest {
    static Newsroom newsroom;
    static List<DemoArticle> articles;

    @BeforeAll
    static void build() {
        newsroom = new Newsroom(42);
        articles = newsroom.articles();
    }

    @Test
    void sameSeedBuildsTheSameWorldAndAnotherSeedAnotherOne() {
        assertThat(new Newsroom(42).articles()).isEqualTo(articles);
        List<String> otherTitles = new Newsroom(43).articles().stream().map(DemoArticle::title).toList();
        assertThat(otherTitles).doesNotContainAnyElementsOf(articles.stream().map(DemoArticle::title).limit(50).toList());
    }

    @Test
    void worldIsLargeEnoughForADemo() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(300);
        long eventsInTwoDays = articles.stream()
                .filter(a -> a.published().isBefore(Newsroom.NOMINAL_START.plus(Duration.ofHours(48))))
                .map(DemoArticle::eventId).distinct().count();
        assertThat(eventsInTwoDays).isBetween(40L, 90L);
        assertThat(articles.stream().map(DemoArticle::category).distinct().count()).isEqualTo(10);
        assertThat(articles.stream().map(DemoArticle::eventKind).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(articles.stream().map(DemoArticle::id).distinct().count()).isEqualTo(articles.size());
        for (int i = 1; i < articles.size(); i++) {
            assertThat(articles.get(i).published()).isAfterOrEqualTo(articles.get(i - 1).published());
        }
    }

    @Test
    void publishersDifferInMarkupFeedsAndCharsets() {
        List<Publisher> publishers = newsroom.publishers();
        assertThat(publishers).hasSizeGreaterThanOrEqualTo(8);
        assertThat(publishers.stream().map(Publisher::slug).distinct()).hasSameSizeAs(publishers);
        assertThat(publishers.stream().map(Publisher::template).distinct()).hasSameSizeAs(publishers);
        assertThat(publishers.stream().map(Publisher::feedFormat).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(publishers).filteredOn(Publisher::feedIsHomePage).hasSize(1);
        assertThat(publishers).filteredOn(Publisher::paywalled).hasSize(1);
        assertThat(publishers).filteredOn(p -> !p.charset().equals("UTF-8")).isNotEmpty();
        assertThat(publishers).allSatisfy(p ->
                assertThat(articles).filteredOn(a -> a.publisherSlug().equals(p.slug())).hasSizeGreaterThan(20));
    }

    @Test
    void wireCopyIsRepublishedNearlyVerbatimByTwoOrMorePublishers() {
        Map<String, List<DemoArticle>> byWire = articles.stream().filter(a -> a.wireStoryId() != null)
                .collect(Collectors.groupingBy(DemoArticle::wireStoryId));
        assertThat(byWire).hasSizeGreaterThan(10);
        for (List<DemoArticle> copies : byWire.values()) {
            assertThat(copies.stream().map(DemoArticle::publisherSlug).distinct().count()).isGreaterThanOrEqualTo(2);
            assertThat(copies).allSatisfy(a -> assertThat(a.credit()).isIn("MERIDIAN", "REUTERS", "AFP", "AP"));
            // apart from a dateline on the first and a trimmed last paragraph, the text is the same
            DemoArticle first = copies.get(0);
            for (DemoArticle other : copies.subList(1, copies.size())) {
                assertThat(other.paragraphs().get(1)).isEqualTo(first.paragraphs().get(1));
                assertThat(other.paragraphs().get(0)).endsWith(first.paragraphs().get(0).replaceFirst("^[A-Z ]+ \\(\\w+\\) \u2014 ", ""));
            }
            assertThat(copies.stream().map(DemoArticle::title).distinct()).hasSameSizeAs(copies);
        }
    }

    @Test
    void eventsAreCoveredBySeveralPublishersSharingEntitiesButNotAcrossEvents() {
        Map<String, List<DemoArticle>> byEvent = articles.stream().collect(Collectors.groupingBy(DemoArticle::eventId));
        long multi = byEvent.values().stream()
                .filter(list -> list.stream().map(DemoArticle::publisherSlug).distinct().count() >= 2).count();
        assertThat(multi).isGreaterThan(byEvent.size() / 2);
        Map<String, String> tagOwner = new java.util.HashMap<>();
        for (var entry : byEvent.entrySet()) {
            Set<String> eventTags = new HashSet<>();
            for (DemoArticle a : entry.getValue()) eventTags.addAll(a.tags());
            for (String tag : eventTags) {
                assertThat(tagOwner.put(tag, entry.getKey())).as("tag %s belongs to one event", tag).isNull();
            }
            List<DemoArticle> list = entry.getValue();
            if (list.size() >= 2 && !list.get(0).excerptOnly() && !list.get(1).excerptOnly() && list.get(0).wireStoryId() == null) {
                Set<String> shared = new HashSet<>(list.get(0).tags());
                shared.retainAll(list.get(1).tags());
                assertThat(shared).as("articles about %s share entities", entry.getKey()).isNotEmpty();
                assertThat(list.get(0).text()).isNotEqualTo(list.get(1).text());
            }
        }
    }

    @Test
    void articlesHaveRealisticShape() {
        for (DemoArticle a : articles) {
            if (a.excerptOnly()) {
                assertThat(a.paragraphs()).hasSize(1);
                continue;
            }
            assertThat(a.paragraphs()).hasSizeBetween(4, 13);
            assertThat(a.tags()).isNotEmpty();
            assertThat(a.caption() == null).isEqualTo(a.imagePath() == null);
        }
        List<Integer> lengths = articles.stream().filter(a -> !a.excerptOnly()).map(a -> a.paragraphs().size()).toList();
        assertThat(lengths).contains(4, 8, 12);
        assertThat(articles).anySatisfy(a -> assertThat(a.caption()).startsWith("FILE PHOTO: ").contains("MERIDIAN/"));
        assertThat(articles).anySatisfy(a -> assertThat(a.keyFacts()).isNotEmpty());
    }

    @Test
    void everyPageHoldsItsGroundTruthAmongTheClutter() {
        SiteRenderer renderer = new SiteRenderer(URI.create("http://newsroom.test/"));
        Set<String> structures = new HashSet<>();
        for (Publisher p : newsroom.publishers()) {
            List<DemoArticle> own = new ArrayList<>(articles.stream().filter(a -> a.publisherSlug().equals(p.slug())).toList());
            for (DemoArticle a : own.subList(0, 12)) {
                String page = new String(renderer.articlePage(p, a, articles), Charset.forName(p.charset()));
                for (String paragraph : a.paragraphs()) assertThat(page).contains(escape(paragraph));
                assertThat(page).contains(escape(a.title())).contains("Advertisement").contains("Privacy policy");
                if (a.caption() != null) assertThat(page).contains(escape(a.caption()));
                if (p.promo() != null) assertThat(page).contains(escape(p.promo()));
                if (!a.excerptOnly()) assertThat(page).containsPattern("href=\"/" + p.slug() + "/[^\"?]+\"");
            }
            String page = new String(renderer.articlePage(p, own.get(5), articles), Charset.forName(p.charset()));
            structures.add(page.replaceAll("(?s)>[^<]*<", "><").replaceAll("\"[^\"]*\"", "\"\"").substring(0, 600));
            switch (p.template()) {
                case "json-ld" -> assertThat(page).contains("application/ld+json", "\"NewsArticle\"");
                case "json-ld-graph" -> assertThat(page).contains("\"@graph\"");
                case "open-graph" -> assertThat(page).contains("og:title").doesNotContain("ld+json", "itemprop");
                case "microdata" -> assertThat(page).contains("itemprop=\"articleBody\"");
                case "time-tag" -> assertThat(page).contains("<time class=\"entry-date published\" datetime=\"");
                case "div-soup" -> assertThat(page).doesNotContain("<p>", "<h1", "<article", "<figure", "<nav");
                case "semantic" -> assertThat(page).contains("<article>", "<header>", "<time datetime=");
                case "legacy" -> assertThat(page).contains("charset=windows-1252");
                case "paywall" -> assertThat(page).contains("Subscribe to read", "isAccessibleForFree");
                default -> throw new AssertionError("untested template " + p.template());
            }
        }
        assertThat(structures).hasSize(newsroom.publishers().size());
    }

    @Test
    void inBodyPromosArePrintedAmongTheParagraphsButAreNotArticleText() {
        SiteRenderer renderer = new SiteRenderer(URI.create("http://newsroom.test/"));
        List<Publisher> promoting = newsroom.publishers().stream().filter(p -> p.bodyPromo() != null).toList();
        assertThat(promoting).hasSizeBetween(1, 2).noneMatch(Publisher::paywalled);
        for (Publisher p : promoting) {
            List<DemoArticle> own = articles.stream().filter(a -> a.publisherSlug().equals(p.slug())).limit(20).toList();
            assertThat(own).hasSize(20);
            for (DemoArticle a : own) {
                String page = new String(renderer.articlePage(p, a, articles), Charset.forName(p.charset()));
                // in the same plain markup as the article's own paragraphs, after the second of them
                String line = "<p>" + escape(p.bodyPromo()) + "</p>";
                assertThat(page).contains(line);
                int at = page.indexOf(line);
                assertThat(page.indexOf(escape(a.paragraphs().get(Math.min(1, a.paragraphs().size() - 1))))).isLessThan(at);
                if (a.paragraphs().size() > 2) assertThat(page.indexOf(escape(a.paragraphs().get(2)))).isGreaterThan(at);
                assertThat(a.text()).doesNotContain(p.bodyPromo());
            }
        }
        for (Publisher p : newsroom.publishers()) {
            if (p.bodyPromo() != null) continue;
            DemoArticle a = articles.stream().filter(x -> x.publisherSlug().equals(p.slug())).findFirst().orElseThrow();
            String page = new String(renderer.articlePage(p, a, articles), Charset.forName(p.charset()));
            for (Publisher other : promoting) assertThat(page).doesNotContain(escape(other.bodyPromo()));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void everyEventKnowsItsFactsTheQuestionsTheyAnswerAndItsNames() {
        List<DemoEvent> events = newsroom.events();
        assertThat(events).extracting(DemoEvent::id).containsAll(articles.stream().map(DemoArticle::eventId).distinct().toList());
        for (DemoEvent e : events) {
            assertThat(e.facts()).hasSize(3);
            for (DemoEvent.Fact f : e.facts()) {
                assertThat(f.question()).as(e.kind()).endsWith("?").doesNotContain("{").doesNotContain("}");
            }
            assertThat(e.places()).hasSize(2);
        }
        // an article's key facts are its event's facts (and the event's date when the text states it)
        Map<String, DemoEvent> byId = events.stream().collect(Collectors.toMap(DemoEvent::id, e -> e));
        for (DemoArticle a : articles) {
            List<String> values = byId.get(a.eventId()).facts().stream().map(DemoEvent.Fact::value).toList();
            assertThat(a.keyFacts().stream().filter(f -> !values.contains(f))).allMatch(f -> f.matches("[A-Z][a-z]+ \\d{1,2}"));
        }
    }
}
