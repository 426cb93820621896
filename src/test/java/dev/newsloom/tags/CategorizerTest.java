package dev.newsloom.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategorizerTest {
    @Test
    void thePublishersSectionWins() {
        Categorizer c = new Categorizer();
        assertThat(c.categorize("Quarterly results", "The club won the match.", List.of("Business"), null)).isEqualTo(Category.BUSINESS);
        assertThat(c.categorize("A match", "text", List.of("Breaking"), "https://x.example/sport/2026/11/24/a-match"))
                .isEqualTo(Category.SPORTS);
        assertThat(c.categorize("A match", "text", List.of(), "https://x.example/news/sporting-chance")).isNotNull();
        assertThat(SectionHints.fromUrl("https://x.example/news/sport-is-great")).isEmpty();
        assertThat(SectionHints.fromUrl("https://x.example/opinion/")).isEmpty(); // the section page itself, no article
        assertThat(SectionHints.fromUrl("https://x.example/opinion/why-we-vote")).contains(Category.OPINION);
    }

    @Test
    void withoutAHintTheTextDecides() {
        Categorizer c = new Categorizer();
        assertThat(c.classify("Striker scores twice as league leaders win the cup final",
                "The coach praised the team after the match in front of 40,000 fans.")).isEqualTo(Category.SPORTS);
        assertThat(c.classify("Hospital reports rise in infections",
                "Doctors said the outbreak had put patients at risk; a vaccine campaign starts.")).isEqualTo(Category.HEALTH);
        assertThat(c.classify("Chipmaker shares fall after quarterly profit warning",
                "Investors sold the stock as revenue missed the market's expectations.")).isEqualTo(Category.BUSINESS);
    }

    /**
     * The demo newsroom's publishers that name their sections teach the classifier; it is then
     * measured on the articles of those that do not.
     */
    @Test
    void learnsFromPublishersThatNameSectionsAndFilesTheRest() {
        Newsroom newsroom = new Newsroom(5);
        URI base = URI.create("http://newsroom.test/");
        Categorizer c = new Categorizer();
        int hinted = 0, hintedRight = 0, guessed = 0, guessedRight = 0;
        for (DemoArticle a : newsroom.articles()) {
            var p = newsroom.publisher(a.publisherSlug()).orElseThrow();
            List<String> feedCategories = p.feedCategories() ? List.of(a.category()) : List.of();
            String url = a.url(base).toString();
            boolean hasHint = SectionHints.of(feedCategories, url).isPresent();
            Category got = c.categorize(a.title(), a.text(), feedCategories, url);
            if (hasHint) {
                hinted++;
                if (got.label().equals(a.category())) hintedRight++;
            } else {
                guessed++;
                if (got.label().equals(a.category())) guessedRight++;
            }
        }
        double hintAccuracy = (double) hintedRight / hinted, textAccuracy = (double) guessedRight / guessed;
        System.out.printf("demo categories: %d hinted (accuracy %.3f), %d classified from text (accuracy %.3f)%n",
                hinted, hintAccuracy, guessed, textAccuracy);
        assertThat(hintAccuracy).isEqualTo(1.0);
        assertThat(guessed).isGreaterThan(100);
        assertThat(textAccuracy).isGreaterThan(0.88);
    }
}
