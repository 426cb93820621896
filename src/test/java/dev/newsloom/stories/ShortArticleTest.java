package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Articles of one line (a feed that gives only a headline and its first sentence, a teaser):
 * they hold few of their story's words and, without a body, none of its names, yet belong with
 * the full reports of their event and not with a look-alike event's.
 */
class ShortArticleTest {
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

    private static StoryInput full(String id, String place, String day, String dead, String official, String landmark, int minutes,
                                   int variant) {
        String[] leads = {
            "A strong earthquake struck %1$s on %2$s, killing %3$s people, officials said.",
            "At least %3$s people died when a quake shook %1$s on %2$s, according to emergency services.",
            "The death toll from %2$s's earthquake in %1$s rose to %3$s, rescuers reported.",
        };
        String text = String.format(leads[variant] + "\nRescuers in %1$s searched collapsed homes near %5$s through the night."
                        + "\n%4$s said hundreds of families were left homeless and asked for tents and water."
                        + "\nAftershocks rattled villages around %5$s, and schools in %1$s stayed closed.",
                place, day, dead, official, landmark);
        return new StoryInput(id, "Earthquake in " + place + " kills " + dead, text, T0.plusSeconds(60L * minutes), "source-" + variant,
                "en");
    }

    private static StoryInput oneLine(String id, String title, int minutes) {
        return new StoryInput(id, title, "", T0.plusSeconds(60L * minutes), "wire-" + id, "en");
    }

    @Test
    void aOneLineArticleJoinsItsOwnEventNotTheLookAlike() {
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), new SentenceEmbedder());
        List<StoryInput> arrivals = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            arrivals.add(full("corvale-" + v, "Corvale", "Tuesday", "12", "Governor Elsa Marrow", "Mount Ardent", 10 * v, v));
            arrivals.add(full("pellmont-" + v, "Pellmont", "Friday", "40", "Mayor Tomas Quill", "Lake Virel", 10 * v + 5, v));
        }
        arrivals.add(oneLine("corvale-short", "Tents are what Marrow wants for Corvale", 40));
        arrivals.add(oneLine("pellmont-short", "Schools shut as Quill visits Pellmont", 45));
        for (StoryEngine.Prepared p : engine.prepareAll(arrivals)) engine.place(p);

        String corvale = engine.storyOf("corvale-0").orElseThrow();
        String pellmont = engine.storyOf("pellmont-0").orElseThrow();
        assertThat(corvale).isNotEqualTo(pellmont);
        assertThat(engine.storyOf("corvale-short")).contains(corvale);
        assertThat(engine.storyOf("pellmont-short")).contains(pellmont);
    }

    @Test
    void aTitleAloneNamesItsPeopleAndPlacesOnlyWhenWrittenInSentenceCase() {
        assertThat(Terms.sentenceCase("Governor Elsa Marrow asks for tents after the Corvale quake")).isTrue();
        assertThat(Terms.sentenceCase("Governor Asks For Tents After The Quake")).isFalse();

        assertThat(Terms.count("Governor Elsa Marrow asks for tents after the Corvale quake", "", "en"))
                .containsKeys(Terms.NAME_PREFIX + "elsa", Terms.NAME_PREFIX + "marrow", Terms.NAME_PREFIX + "corvale");
        // Title Case capitalises every word: none of them is taken for a name
        assertThat(Terms.count("Governor Asks For Tents After The Quake", "", "en").keySet())
                .noneMatch(k -> k.startsWith(Terms.NAME_PREFIX));
        // with a body, names come from the body's sentences as before, not from the title
        assertThat(Terms.count("Governor Elsa Marrow asks for tents", "Rescuers searched homes.", "en").keySet())
                .noneMatch(k -> k.startsWith(Terms.NAME_PREFIX));
    }
}
