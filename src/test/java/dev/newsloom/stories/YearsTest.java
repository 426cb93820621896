package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two look-alike events years apart: two parliamentary elections in one country, written in the
 * same words, arriving without publication dates (an archive import, a feed that gives none). The
 * years the articles mention tell them apart: the later election's reports recall the earlier
 * one, the earlier election's reports cannot mention the later year.
 */
class YearsTest {
    // the same country, president, commission and words; each election has its own rivals and figures
    private static final String[] FIRST = {
        "Varnistan votes in parliamentary election | Voters in Varnistan cast ballots on Sunday to elect the national assembly, the Central Election Commission said.\n"
                + "President Oren Talbek's Unity Front is expected to win every seat, while opposition leader Arman Sevik remains in exile in Dorvia.\n"
                + "Critics said the December 2018 vote offered no real choice.",
        "Exiled Arman Sevik calls Varnistan vote a sham | Arman Sevik, speaking from exile in Dorvia, called the 2018 parliamentary election a sham and urged a boycott.\n"
                + "The Central Election Commission of Varnistan said turnout on Sunday reached 91 percent.\n"
                + "President Oren Talbek thanked voters in a televised address.",
        "Unity Front sweeps Varnistan parliament | President Oren Talbek's Unity Front won all 120 seats in Varnistan's parliamentary election, the Central Election Commission said on Monday.\n"
                + "The exiled opposition leader Arman Sevik said the December 2018 result was written in advance.\n"
                + "The new national assembly meets in January.",
        "Varnistan parliament vote a formality, critics say | Varnistan held a parliamentary election on Sunday that critics said was a formality: the Unity Front ran unopposed in 2018 as it did in 2013.\n"
                + "The Central Election Commission reported a turnout of 91 percent.\n"
                + "Supporters of Arman Sevik were detained near polling stations, rights groups said.",
        "Observers criticise Varnistan election | Election observers said Sunday's parliamentary vote in Varnistan, won by the Unity Front with all 120 seats, fell short of democratic standards.\n"
                + "They noted the absence of Arman Sevik's movement from the 2018 ballot.\n"
                + "President Oren Talbek has ruled the country since 2011.",
    };
    private static final String[] SECOND = {
        "Varnistan votes in parliamentary election | Voters in Varnistan cast ballots on Sunday to elect the national assembly, the Central Election Commission said.\n"
                + "For the first time the Farmers' Party of Mira Dovan is on the ballot against President Oren Talbek's Unity Front.\n"
                + "Critics said the November 2023 vote offered little real choice.",
        "Varnistan election: turnout reaches 78 percent | The Central Election Commission of Varnistan said turnout in Sunday's parliamentary election reached 78 percent.\n"
                + "Mira Dovan said her Farmers' Party had run a clean campaign in 2023 despite pressure on its candidates.\n"
                + "President Oren Talbek thanked voters in a televised address.",
        "Farmers' Party wins 16 seats in Varnistan parliament | The Farmers' Party of Mira Dovan won 16 seats and the Unity Front 104 in Varnistan's parliamentary election, the Central Election Commission said on Monday.\n"
                + "It is the first opposition party in the national assembly since independence; in 2018 the Unity Front took every seat.\n"
                + "Mira Dovan called the November 2023 result a beginning.",
        "Varnistan parliament vote a step, critics say | Varnistan held a parliamentary election on Sunday that critics said was only a small step, although Mira Dovan's Farmers' Party was allowed to run.\n"
                + "The Central Election Commission reported a turnout of 78 percent in the 2023 vote.\n"
                + "Rights groups said the campaign saw little debate.",
        "Observers cautious on Varnistan election | Election observers said Sunday's parliamentary vote in Varnistan, where the Farmers' Party won 16 seats, still fell short of democratic standards.\n"
                + "They praised the calm on polling day in November 2023.\n"
                + "Mira Dovan has led the Farmers' Party since its founding in 2021.",
    };

    private static StoryInput article(String id, String written) {
        String[] parts = written.split(" \\| ", 2);
        return new StoryInput(id, parts[0], parts[1], null, null, "en");
    }

    @Test
    void twoElectionsYearsApartAreTwoStories() {
        StoryEngine engine = new StoryEngine(StoryConfig.defaults(), new SentenceEmbedder());
        List<StoryInput> arrivals = new java.util.ArrayList<>();
        for (int i = 0; i < FIRST.length; i++) arrivals.add(article("a" + i, FIRST[i]));
        for (int i = 0; i < SECOND.length; i++) arrivals.add(article("b" + i, SECOND[i]));
        for (StoryEngine.Prepared p : engine.prepareAll(arrivals)) engine.place(p);
        Set<String> first = new HashSet<>(), second = new HashSet<>();
        for (StoryInput a : arrivals) (a.id().startsWith("a") ? first : second).add(engine.storyOf(a.id()).orElseThrow());
        assertThat(first).as("the 2018 election").hasSize(1);
        assertThat(second).as("the 2023 election").hasSize(1);
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void storiesYearsApartDoNotMergeHoweverAlikeTheirReports() {
        SentenceEmbedder embedder = new SentenceEmbedder();
        TermStats stats = new TermStats();
        List<String> all = new java.util.ArrayList<>(List.of(FIRST));
        all.addAll(List.of(SECOND));
        for (String w : all) stats.learnAndWeigh(count(w));
        Story first = new Story("a", 384), second = new Story("b", 384);
        for (int i = 0; i < all.size(); i++) {
            StoryInput in = article((i < FIRST.length ? "a" : "b") + i, all.get(i));
            SparseVector terms = stats.weigh(count(all.get(i)));
            Member m = new Member(in.id(), in.title(), null, null, Vectors.quantize(embedder.embed(in.lead(500))), terms, stats.namesOf(terms),
                    MinHash.signature(in.text()), Years.mentioned(in.title(), in.text()));
            (i < FIRST.length ? first : second).add(m);
        }
        StoryConfig config = StoryConfig.defaults();
        Convergence convergence = new Convergence(config);
        // by their words alone the two elections would merge: the centroids are close and two reports nearly the same
        assertThat(config.score(first, second)).isGreaterThanOrEqualTo(Convergence.PAIR_GATE);
        assertThat(convergence.closestPair(first, second)).isGreaterThanOrEqualTo(Convergence.CLOSE_PAIR);
        assertThat(convergence.converge(first, second)).isFalse();
    }

    private static java.util.Map<String, Integer> count(String written) {
        String[] parts = written.split(" \\| ", 2);
        return Terms.count(parts[0], parts[1], "en");
    }

    @Test
    void readsYearsNotAmountsOrPrices() {
        assertThat(Years.mentioned("Budget for 2025", "The 2,013 seats, $2019 in fees, 2016.5 tonnes, 120003 votes; the vote of 1998 and (2024)."))
                .containsExactly(1998, 2024, 2025);
        assertThat(Years.mentioned("", "No year here, only 45 people and 7,000 homes.")).isEmpty();
    }

    @Test
    void aGroupWrittenBeforeTheOthersYearIsApart() {
        Years.Tally later = tally(new int[] {2018, 2023}, new int[] {2023}, new int[] {});
        Years.Tally earlier = tally(new int[] {2013, 2018}, new int[] {2018}, new int[] {});
        assertThat(Years.apart(later, earlier)).as("the later group recalls the earlier year; the earlier never mentions the later").isTrue();
        assertThat(Years.apart(earlier, later)).isTrue();
        // the same event: one group mentions the year, the other only a year before it
        assertThat(Years.apart(later, tally(new int[] {2022}, new int[] {2022}))).isFalse();
        // one dated article is too little evidence of silence, and articles with no year say nothing
        assertThat(Years.apart(later, tally(new int[] {2018}, new int[] {}, new int[] {}))).isFalse();
        // a year needs two articles behind it, and most of the group's dated articles
        assertThat(Years.apart(tally(new int[] {2023}, new int[] {2019}, new int[] {2020}), earlier)).isFalse();
    }

    private static Years.Tally tally(int[]... articles) {
        Years.Tally t = new Years.Tally();
        for (int[] years : articles) t.add(years);
        return t;
    }
}
