package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story engine against the demo newsroom's ground truth: the generator knows which articles
 * are copies of one wire story and which report the same event.
 */
class StoryEngineTest {
    private static List<DemoArticle> world;
    private static StoryEngine engine;
    private static Map<String, Placement> placements = new HashMap<>();

    @BeforeAll
    static void clusterTheNewsroom() {
        world = new ArrayList<>(new Newsroom(7, 600).articles());
        world.sort(Comparator.comparing(DemoArticle::published).thenComparing(DemoArticle::id));
        engine = new StoryEngine(StoryConfig.defaults(), new SentenceEmbedder());
        List<StoryInput> inputs = world.stream().map(StoryEngineTest::input).toList();
        for (int i = 0; i < inputs.size(); i += 64) {
            for (StoryEngine.Prepared p : engine.prepareAll(inputs.subList(i, Math.min(inputs.size(), i + 64)))) {
                Placement placed = engine.place(p);
                placements.put(placed.articleId(), placed);
            }
        }
    }

    static StoryInput input(DemoArticle d) {
        return new StoryInput(d.id(), d.title(), d.text(), d.published(), d.publisherSlug(), d.lang(),
                d.category().equals("Opinion"));
    }

    @Test
    void foldsWireCopiesAndNothingElse() {
        int truePairs = 0, found = 0, wrong = 0;
        Map<String, DemoArticle> byId = new HashMap<>();
        for (DemoArticle d : world) byId.put(d.id(), d);
        for (DemoArticle d : world) {
            String original = placements.get(d.id()).duplicateOf();
            boolean copy = d.wireStoryId() != null && world.stream().anyMatch(o -> o != d && d.wireStoryId().equals(o.wireStoryId())
                    && o.published().isBefore(d.published()));
            if (copy) truePairs++;
            if (original != null) {
                DemoArticle o = byId.get(original);
                if (d.wireStoryId() != null && d.wireStoryId().equals(o.wireStoryId())) found++;
                else {
                    wrong++;
                    System.out.printf("not a copy: %s (%s, wire %s) of %s (%s, wire %s)%n", d.id(), d.title(), d.wireStoryId(), o.id(), o.title(), o.wireStoryId());
                }
            }
        }
        double precision = found / (double) Math.max(1, found + wrong), recall = found / (double) Math.max(1, truePairs);
        System.out.printf("duplicates: %d copies in truth, %d found, %d wrong: precision %.3f recall %.3f%n", truePairs, found, wrong,
                precision, recall);
        assertThat(truePairs).as("the demo world has wire copies").isGreaterThan(10);
        assertThat(precision).isGreaterThanOrEqualTo(0.98);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void groupsArticlesByEvent() {
        Map<String, String> truth = new HashMap<>(), predicted = new HashMap<>();
        for (DemoArticle d : world) {
            truth.put(d.id(), d.eventId());
            predicted.put(d.id(), engine.storyOf(d.id()).orElseThrow());
        }
        double[] b3 = BCubed.score(truth, predicted);
        System.out.printf("demo events: %d articles, %d events, %d stories: B-cubed P %.3f R %.3f F1 %.3f%n", world.size(),
                new HashSet<>(truth.values()).size(), new HashSet<>(predicted.values()).size(), b3[0], b3[1], b3[2]);
        assertThat(b3[2]).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void relatedArticlesComeFromOtherStoriesWithoutCopies() {
        int lists = 0, longLists = 0, diverse = 0, sameKind = 0, shown = 0;
        Map<String, DemoArticle> byId = new HashMap<>();
        for (DemoArticle d : world) byId.put(d.id(), d);
        for (DemoArticle d : world) {
            List<StoryEngine.Related> related = engine.related(d.id(), 6);
            if (related.isEmpty()) continue;
            lists++;
            for (StoryEngine.Related r : related.subList(0, Math.min(5, related.size()))) {
                shown++;
                DemoArticle o = byId.get(r.articleId());
                if (o.eventKind().equals(d.eventKind()) && !o.eventId().equals(d.eventId())) sameKind++;
            }
            String own = engine.storyOf(d.id()).orElseThrow();
            Set<String> seen = new HashSet<>();
            for (StoryEngine.Related r : related) {
                assertThat(r.articleId()).isNotEqualTo(d.id());
                assertThat(r.storyId()).isNotEqualTo(own);
                assertThat(placements.get(r.articleId()).duplicateOf()).as("copies are folded").isNull();
                assertThat(seen.add(r.articleId())).isTrue();
            }
            if (related.size() >= 3) {
                longLists++;
                if (related.stream().limit(3).map(StoryEngine.Related::storyId).distinct().count() == 3) diverse++;
            }
        }
        System.out.printf("related: %d of %d lists of three or more show three stories in their first three; "
                + "%d of %d of the first five are another event of the same kind%n", diverse, longLists, sameKind, shown);
        assertThat(lists).as("most articles have related ones").isGreaterThan(world.size() / 2);
        assertThat(diverse).as("where several stories are related, lists show several").isGreaterThan(longLists * 3 / 5);
        assertThat(sameKind).as("related articles report the same kind of event").isGreaterThan(shown * 95 / 100);
    }

    @Test
    void topStoriesAreTheWidelyCoveredOnes() {
        var latest = world.get(world.size() - 1).published();
        List<StorySummary> top = engine.topStories(latest, 5);
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).sourceCount()).isGreaterThanOrEqualTo(2);
        for (StorySummary s : top) assertThat(s.title()).isNotBlank();
    }

    @Test
    void anArticleSeenTwiceKeepsItsPlace() {
        DemoArticle d = world.get(10);
        Placement again = engine.place(engine.prepare(input(d)));
        assertThat(again.storyId()).isEqualTo(engine.storyOf(d.id()).orElseThrow());
        assertThat(engine.articleCount()).isEqualTo(world.size());
    }
}
