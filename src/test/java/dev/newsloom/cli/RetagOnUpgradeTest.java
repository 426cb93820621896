package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.tags.ArticleTagger;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose hashtags an earlier tagger wrote gets them recomputed once, on start-up. */
class RetagOnUpgradeTest {
    @TempDir Path dir;

    @Test
    void hashtagsWrittenByAnEarlierTaggerAreRecomputedOnceAndCategoriesKept() throws Exception {
        String url = "https://harbor.example/news/chef-opens";
        Article a = new Article(ArticleId.fromUrl(url), 0, url, "Chef Juno Halvorsen opens Lantern & Fennel in Portmere", null,
                Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:05:00Z"), "en", null, null, null,
                "PORTMERE (REUTERS) — Chef Juno Halvorsen opened Lantern & Fennel in Portmere on Monday. "
                        + "Halvorsen said the menu follows the seasons of the Portmere coast.", false, List.of());
        try (Application app = Application.open(dir)) {
            long source = app.sources().add("Harbor Gazette", "https://harbor.example/feed", null).id();
            Article stored = withSource(a, source);
            app.articles().accept(stored);
            // as an earlier release left it: the title glued to the name, by an older tagger
            app.tags().save(stored, new Tagging(Category.LIFESTYLE, true, List.of(Hashtag.of("Chef Juno Halvorsen", 5))));
            app.tags().recordTaggedBy("1");
        }
        try (Application app = Application.open(dir)) {
            Tagging now = app.tags().find(a.id()).orElseThrow();
            assertThat(now.hashtags()).extracting(Hashtag::tag).doesNotContain("ChefJunoHalvorsen").contains("JunoHalvorsen", "Portmere");
            assertThat(now.category()).isEqualTo(Category.LIFESTYLE);
            assertThat(now.hinted()).isTrue();
            assertThat(app.tags().taggedBy()).contains(ArticleTagger.VERSION);
            assertThat(app.tags().countByTag("ChefJunoHalvorsen")).isZero();
            assertThat(app.index().count()).isEqualTo(1);
            // recorded: the next start leaves tags alone, even ones a moderator or an older rule set by hand
            app.tags().save(app.articles().find(a.id()).orElseThrow(),
                    new Tagging(Category.LIFESTYLE, true, List.of(Hashtag.of("Kept As Stored", 1))));
        }
        try (Application app = Application.open(dir)) {
            assertThat(app.tags().find(a.id()).orElseThrow().hashtags()).extracting(Hashtag::tag).containsExactly("KeptAsStored");
        }
    }

    private static Article withSource(Article a, long source) {
        return new Article(a.id(), source, a.url(), a.title(), a.byline(), a.published(), a.fetchedAt(), a.lang(), a.image(),
                a.caption(), a.credit(), a.text(), a.excerptOnly(), a.categories());
    }
}
