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

    private static List<String> tags(List<Hashtag> hashtags) {
        return hashtags.stream().map(Hashtag::tag).toList();
    }

    /** Ordinary prose, not the demo's templates: a title or job before a name is not part of the person. */
    @Test
    void titlesAndRolesBeforeANameAreNotPartOfIt() {
        List<Hashtag> tags = tagger.tag("Chef Marta Oyelaran opens a second restaurant in Bristol", List.of(
                "Chef Marta Oyelaran opened her second restaurant on Friday, a forty-seat dining room above the old "
                        + "corn exchange. Oyelaran trained in Lagos and Lyon before moving to Bristol.",
                "Mayor Tom Briggs cut the ribbon, and Head Coach Dan Whitfield was among the first guests. "
                        + "Dr. Aisha Rahman, a food historian, praised the bread.",
                "Captain Lena Holt, who leads the Avon lifeboat crew, brought her whole team. Foreign Minister Pia Stenholm "
                        + "sent a note. Bank of Lorvia Governor Ivo Marsh booked a table for Saturday.",
                "Oyelaran said the menu would change with the seasons. Briggs, Whitfield and Holt said they would be back."),
                20);
        assertThat(tags(tags)).contains("MartaOyelaran", "TomBriggs", "DanWhitfield", "AishaRahman", "LenaHolt",
                "PiaStenholm", "BankOfLorvia", "IvoMarsh", "Bristol");
        assertThat(tags).allSatisfy(h -> assertThat(h.tag()).doesNotStartWith("Chef").doesNotStartWith("Mayor")
                .doesNotStartWith("Head").doesNotStartWith("Coach").doesNotStartWith("Dr").doesNotStartWith("Captain")
                .doesNotStartWith("Foreign").doesNotStartWith("Minister").doesNotEndWith("Governor"));
        // one person, one tag: "Chef Marta Oyelaran", "Marta Oyelaran" and "Oyelaran" are the same
        assertThat(tags(tags)).filteredOn(t -> t.contains("Oyelaran")).containsExactly("MartaOyelaran");
        // a title that is all of a name's run is no name; one that ends a name is part of it
        assertThat(tags(tagger.tag("The Prime Minister visits Dairy Queen", List.of(
                "The Prime Minister stopped at Dairy Queen on Tuesday. Dairy Queen said the visit was a surprise."))))
                .contains("DairyQueen").doesNotContain("PrimeMinister", "Minister");
    }

    @Test
    void aGroupOfPeopleBeforeANameIsNotPartOfIt() {
        List<Hashtag> tags = tagger.tag("Organisers of the Harbourside Food Festival expect record crowds", List.of(
                "Organisers of the Harbourside Food Festival said on Friday they expected 40,000 visitors. "
                        + "Members of the Avon Valley Growers Cooperative will run twelve stalls.",
                "Residents of Clifton asked for more buses. Supporters of Tom Briggs handed out leaflets.",
                "The Harbourside Food Festival runs until Sunday; the Avon Valley Growers Cooperative said its stalls sold out."),
                20);
        assertThat(tags(tags)).contains("HarboursideFoodFestival", "AvonValleyGrowersCooperative", "TomBriggs");
        assertThat(tags).allSatisfy(h -> assertThat(h.key()).doesNotStartWith("organisers").doesNotStartWith("members")
                .doesNotStartWith("residents").doesNotStartWith("supporters").doesNotStartWith("of"));
    }

    /** A word that opens the headline or a sentence, also after a dateline, is an ordinary word unless the text shows it is a name. */
    @Test
    void capitalisedCommonWordsThatOpenAHeadlineOrASentenceAreNotNames() {
        List<String> body = List.of(
                "ARLES (AFP) — Wild horses have returned to the marshes of the Camargue after the driest summer in a "
                        + "decade, rangers said on Monday. Herds were seen grazing near the Vaccarès lagoon.",
                "Prosecutors in Marseille opened an inquiry into illegal water pumping last month, and prosecutors "
                        + "said farmers near the Camargue had been questioned. Farmers deny taking more than their share.",
                "The prosecutors expect to finish by spring, the prosecutors’ office in Marseille said. Local officials said the "
                        + "herds in the Camargue were healthy.",
                "(Reporting by Jane Cole; editing by Mark Hill)");
        for (String title : List.of("Wild horses return to the Camargue after dry summer",
                "Prosecutors question farmers over water in the Camargue",
                "Wild Horses Return To The Camargue After Dry Summer, Prosecutors Say")) {
            List<Hashtag> tags = tagger.tag(title, body, 20);
            assertThat(tags(tags)).as(title).contains("Camargue", "Marseille")
                    .doesNotContain("Wild", "Prosecutors", "Herds", "Farmers", "Local", "JaneCole", "MarkHill");
            assertThat(tags).as(title).allSatisfy(h -> assertThat(h.key()).doesNotStartWith("wild"));
        }
    }

    @Test
    void aQuotedTitleIsOneNameAndAPossessiveEndsTheOneBeforeIt() {
        List<Hashtag> tags = tagger.tag("Holt’s ‘The Long Table’ opens in Bristol", List.of(
                "‘The Long Table’, the new play by Lena Holt, opened at the Old Vic in Bristol on Friday.",
                "Holt’s ‘The Long Table’ runs for six weeks. Critics called it warm and funny."), 20);
        assertThat(tags(tags)).contains("TheLongTable", "LenaHolt").doesNotContain("HoltTheLongTable", "LongTable");
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
                // no tag is a title glued to a name (#ChefJunoHalvorsen) or a group of people (#OrganisersOfThe…)
                String firstWord = h.label().split(" ")[0];
                assertThat(Titles.isTitleWord(firstWord) || Titles.isPeopleNoun(firstWord)).as(h.label()).isFalse();
            }
        }
        double recall = (double) found / truth, precision = (double) correct / produced;
        System.out.printf("demo hashtags: recall %.3f precision %.3f (%d truth tags, %d produced)%n", recall, precision, truth, produced);
        assertThat(recall).isGreaterThan(0.65);
        assertThat(precision).isGreaterThan(0.88);
    }
}
