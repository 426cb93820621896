package dev.newsloom.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HashtaggerTest {
    private final Hashtagger tagger = new Hashtagger();

    @Test
    void namesPeopleOrganisationsAndPlacesAndMergesVariants() {
        List<Hashtag> tags = tagger.tag("Kremlin says talks on Iran ceasefire continue",
                List.of("MOSCOW — The Kremlin said on Tuesday that talks on a ceasefire between Iran and its neighbours would continue, "
                                + "according to spokesman Dmitry Peskov.",
                        "Peskov told reporters the ceasefire was holding. Mr Peskov declined to name the mediators.",
                        "Officials in Tehran said the ceasefire was fragile. The Kremlin did not comment further."));
        assertThat(tags).extracting(Hashtag::tag).contains("Kremlin", "Iran", "DmitryPeskov", "Ceasefire");
        assertThat(tags).extracting(Hashtag::tag).doesNotContain("Peskov", "MrPeskov", "Officials", "The", "Tuesday");
        assertThat(tags.get(0).score()).isGreaterThanOrEqualTo(tags.get(tags.size() - 1).score());
    }

    @Test
    void tagsAreCamelCaseWithoutPunctuation() {
        assertThat(Hashtag.tagOf("Citizens' Reform Party")).isEqualTo("CitizensReformParty");
        assertThat(Hashtag.tagOf("Port Anselm")).isEqualTo("PortAnselm");
        assertThat(Hashtag.tagOf("Søren Laurent")).isEqualTo("SørenLaurent");
        assertThat(Hashtag.of("Port Anselm", 1).key()).isEqualTo("portanselm");
    }

    /** The demo newsroom knows which entities each article is about; most must come out as tags. */
    @Test
    void findsTheDemoNewsroomsEntities() {
        int truth = 0, found = 0, produced = 0, correct = 0;
        for (DemoArticle a : new Newsroom(11).articles().subList(0, 300)) {
            if (a.excerptOnly()) continue;
            List<Hashtag> tags = tagger.tag(a.title(), a.paragraphs());
            List<String> keys = tags.stream().map(Hashtag::key).toList();
            List<String> truthKeys = a.tags().stream().map(t -> Hashtag.tagOf(t).toLowerCase(Locale.ROOT)).toList();
            truth += truthKeys.size();
            for (String t : truthKeys) if (keys.contains(t)) found++;
            for (Hashtag h : tags) {
                produced++;
                if (truthKeys.contains(h.key())) correct++;
            }
        }
        double recall = (double) found / truth, precision = (double) correct / produced;
        System.out.printf("demo hashtags: recall %.3f precision %.3f (%d truth tags, %d produced)%n", recall, precision, truth, produced);
        assertThat(recall).isGreaterThan(0.65);
        assertThat(precision).isGreaterThan(0.88);
    }
}
