package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two look-alike events (two earthquakes, written the same way) arriving interleaved. With a join
 * bar low enough that the second quake's first reports join the first quake's story, the story
 * must split once both events have a few articles, and stay split.
 */
class StorySplitTest {
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

    private record Quake(String place, String magnitude, String day, String dead, String agency, String landmark, String official,
                         String homeless) {}

    private static final Quake FIRST = new Quake("Corvale", "6.1", "Tuesday", "12", "Halden Geological Survey", "Mount Ardent",
            "Governor Elsa Marrow", "300 families");
    private static final Quake SECOND = new Quake("Pellmont", "5.4", "Friday", "40", "Brisk Seismic Office", "Lake Virel",
            "Mayor Tomas Quill", "1,200 residents");

    private static StoryInput report(String id, Quake q, int variant, int minutes) {
        String[] leads = {
            "A magnitude %2$s earthquake struck %1$s on %3$s, killing %4$s people, the %5$s said.",
            "At least %4$s people died when a %2$s-magnitude quake shook %1$s on %3$s, according to the %5$s.",
            "The death toll from %3$s's magnitude %2$s earthquake in %1$s rose to %4$s, the %5$s reported.",
            "%1$s was counting its dead on %3$s after a %2$s quake killed %4$s people, said the %5$s.",
        };
        String[] more = {
            "Rescuers in %1$s searched collapsed homes near %6$s through the night.",
            "%7$s said %8$s were left homeless and asked for tents and water.",
            "Aftershocks rattled villages around %6$s, and schools in %1$s stayed closed.",
            "%7$s visited the damaged hospital in %1$s and promised help to %8$s.",
        };
        String text = String.format(leads[variant % leads.length] + "\n" + more[variant % more.length] + "\n"
                + more[(variant + 1) % more.length] + "\nEmergency crews from neighbouring regions joined the search, officials said.",
                q.place(), q.magnitude(), q.day(), q.dead(), q.agency(), q.landmark(), q.official(), q.homeless());
        String title = String.format(variant % 2 == 0 ? "Earthquake in %s kills %s" : "%s quake: %s dead as rescuers search rubble",
                q.place(), q.dead());
        return new StoryInput(id, title, text, T0.plusSeconds(60L * minutes), "source-" + variant, "en");
    }

    @Test
    void aStoryHoldingTwoEventsSplitsAndStaysSplit() {
        StoryEngine engine = new StoryEngine(StoryConfig.defaults().withJoin(0.1, 0.99), new SentenceEmbedder());
        List<StoryInput> arrivals = List.of(report("a1", FIRST, 0, 0), report("a2", FIRST, 1, 10), report("b1", SECOND, 0, 20),
                report("a3", FIRST, 2, 30), report("b2", SECOND, 1, 40), report("b3", SECOND, 2, 50), report("a4", FIRST, 3, 60),
                report("b4", SECOND, 3, 70), report("b5", SECOND, 4, 80), report("a5", FIRST, 5, 90));
        List<Placement.Split> splits = new ArrayList<>();
        String firstPlaceOfB1 = null;
        for (StoryEngine.Prepared p : engine.prepareAll(arrivals)) {
            Placement placed = engine.place(p);
            if (placed.articleId().equals("b1")) firstPlaceOfB1 = placed.storyId();
            if (placed.splitStory() != null) splits.add(placed.splitStory());
        }
        assertThat(firstPlaceOfB1).as("the second quake's first report joined the first quake's story at first").isEqualTo("a1");
        assertThat(splits).isNotEmpty();
        for (Placement.Split s : splits) assertThat(s.articles()).allMatch(id -> id.startsWith("b"));
        Set<String> first = new HashSet<>(), second = new HashSet<>();
        for (StoryInput a : arrivals) (a.id().startsWith("a") ? first : second).add(engine.storyOf(a.id()).orElseThrow());
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(first).containsExactly("a1");

        // the other quake is the closest story: with nothing else comparable it fills the related list
        List<StoryEngine.Related> related = engine.related("a1", 4);
        assertThat(related).hasSize(4).allMatch(r -> r.articleId().startsWith("b"));
    }
}
