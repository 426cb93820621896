package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.CommunityConfig;
import dev.newsloom.community.Follow;
import dev.newsloom.community.User;
import dev.newsloom.testing.Http;
import dev.newsloom.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story is called by the title its own page shows wherever the site names it (For you, the
 * moderation queue), also for follows saved before, and answers at one address.
 */
class StoryNamesTest {
    static final String PASSWORD = "reader password 1";
    @TempDir static Path dir;
    static CommunitySite site;
    static String storyTitle;

    @BeforeAll
    static void start() {
        site = new CommunitySite(dir, CommunityConfig.defaults().withSignupsPerAddress(1000).withCommentsPerBurst(100));
        site.restoreStory();
        storyTitle = new WebClient(site.base).page(site.storyPath()).selectFirst("h1").text();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    static WebClient reader(String name) {
        return site.signUp(name, PASSWORD);
    }

    static String csrf(WebClient c) {
        return CommunitySite.sessionCsrf(c);
    }

    @Test
    void theStoryPageIsNamedByItsEngineNotByItsFirstArticle() {
        // what the rest of this class relies on: the story's own title is not simply its earliest article's
        assertThat(storyTitle).isEqualTo(site.storyEngine.story(site.storyId).orElseThrow().title()).isNotEqualTo(site.lead.title());
    }

    @Test
    void forYouNamesAFollowedStoryByTheTitleItsPageShows() {
        WebClient c = reader("Follower_One");
        assertThat(c.post("/follow", Map.of("_csrf", csrf(c), "kind", "story", "key", site.storyId, "back", site.storyPath()))
                .statusCode()).isEqualTo(303);
        Document forYou = c.page("/for-you");
        assertThat(forYou.select(".for-you-item .because .reason").eachText()).isNotEmpty().allMatch(storyTitle::equals);
        Element followed = forYou.selectFirst(".following-list a");
        assertThat(followed.text()).isEqualTo(storyTitle);
        assertThat(followed.attr("href")).isEqualTo(site.storyPath());
    }

    @Test
    void aFollowSavedWithAnOldHeadlineShowsTheStorysTitleOfToday() {
        reader("Follower_Two");
        User user = site.community.accounts().findByName("Follower_Two").orElseThrow();
        // as the site saved follows before: the label of the moment of following, here a headline since replaced
        site.community.follows().follow(user, Follow.Kind.STORY, site.storyId, "12,700 workers walk out at Korrin Logistics");
        WebClient c = new WebClient(site.base);
        assertThat(c.post("/login", Map.of("_csrf", c.csrf("/login"), "name", "Follower_Two", "password", PASSWORD)).statusCode()).isEqualTo(303);
        Document forYou = c.page("/for-you");
        assertThat(forYou.text()).doesNotContain("Korrin");
        assertThat(forYou.select(".for-you-item .because .reason").eachText()).isNotEmpty().allMatch(storyTitle::equals);
        assertThat(forYou.selectFirst(".following-list a").text()).isEqualTo(storyTitle);
    }

    @Test
    void aStoryUnderAnotherLanguageRedirectsToItsOwnAddressAsArticlesDo() {
        for (String lang : new String[] {"de", "fr", "xx", "EN"}) {
            HttpResponse<String> r = Http.get(site.base + "/" + lang + "/story/" + site.storyId + "?comments=newest");
            assertThat(r.statusCode()).as(lang).isEqualTo(301);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(lang).isEqualTo(site.storyPath() + "?comments=newest");
        }
        assertThat(Http.get(site.base + "/de/story/" + site.storyId).headers().firstValue("Location").orElseThrow()).isEqualTo(site.storyPath());
        assertThat(Http.get(site.base + site.storyPath()).statusCode()).isEqualTo(200);
        assertThat(Http.get(site.base + "/de/story/00000000000000000000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void aModerationItemNamesTheArticleOrStoryItLinksTo() {
        WebClient author = reader("Linker_One");
        assertThat(author.post("/comments", Map.of("_csrf", csrf(author), "kind", "article", "target", site.lead.id(),
                "body", "Deals at www.deals.example")).statusCode()).isEqualTo(303);
        assertThat(author.post("/comments", Map.of("_csrf", csrf(author), "kind", "story", "target", site.storyId,
                "body", "More deals at www.deals.example")).statusCode()).isEqualTo(303);
        WebClient mod = new WebClient(site.base);
        assertThat(mod.post("/login", Map.of("_csrf", mod.csrf("/login"), "name", "Mona", "password", CommunitySite.MOD_PASSWORD))
                .statusCode()).isEqualTo(303);
        Document queue = mod.page("/moderation");
        Element onArticle = held(queue, "Deals at"), onStory = held(queue, "More deals at");
        assertThat(onArticle.select(".where").text()).isEqualTo("on the article " + site.lead.title());
        assertThat(onArticle.select(".where a").attr("href")).isEqualTo(site.articlePath(site.lead) + "#" + onArticle.id().replace("mod-", "comment-"));
        assertThat(onStory.select(".where").text()).isEqualTo("on the story " + storyTitle);
        assertThat(onStory.select(".where a").attr("href")).isEqualTo(site.storyPath() + "#" + onStory.id().replace("mod-", "comment-"));
        assertThat(queue.select("li.mod-item a").eachText()).doesNotContain("where");
    }

    private static Element held(Document queue, String text) {
        return queue.select("section[aria-labelledby=held-heading] li.mod-item").stream()
                .filter(e -> e.select(".comment-body").text().startsWith(text)).findFirst().orElseThrow();
    }
}
