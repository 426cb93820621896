package dev.newsloom.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ask from related coverage answers only with a sentence about whom the question names (review 3,
 * finding 3): the story of Okafor's win in Wyrton names Tremaine as the mayor she ousted, and its
 * 61 percent is hers, not his; the story of another town where a Tremaine won is about him.
 * The articles are written the way the demo newsroom writes elections.
 */
class AskAboutWhomTest {
    static ExtractiveEngine engine;

    static final AiDocument ORLTON = doc("orlton", "Orlton elects Dara Quell after a bitter campaign",
            "Dara Quell, the Civic Union candidate, won the mayoral election in Orlton on Sunday, taking 54 percent of the vote and ending Marrow's eight years in office.",
            "Turnout reached 58 percent, with 81,300 ballots cast, according to the city's election office.",
            "In a short speech to supporters, Marrow conceded defeat and said the result \"must be respected by everyone.\"");
    static final AiDocument WYRTON = doc("wyrton", "Okafor wins Wyrton mayoral race with 61 percent of the vote",
            "Inés Okafor, the Progressive Movement candidate, won the mayoral election in Wyrton on Sunday, taking 61 percent of the vote and ending Tremaine’s eight years in office.",
            "Speaking to cheering supporters, Okafor said: “Tonight Wyrton chose to turn the page.” The election office said 60,800 ballots had been counted and that turnout stood at 69 percent.",
            "In a short speech to supporters, Tremaine conceded defeat and said the result “must be respected by everyone.”");
    static final AiDocument WYRTON_2 = doc("wyrton-2", "Progressive Movement takes Wyrton city hall as Tremaine concedes",
            "Voters in Wyrton elected Inés Okafor as their new mayor on Sunday, handing the Progressive Movement candidate 61 percent of the vote and ousting Yusuf Tremaine.",
            "Tremaine conceded shortly before midnight, telling supporters in Wyrton that the result “must be respected by everyone.”");
    static final AiDocument PELLGATE = doc("pellgate", "Voters in Pellgate hand Tremaine a clear mandate",
            "Voters in Pellgate elected Rhian Tremaine as their new mayor on Sunday, handing the Citizens’ League candidate 57 percent of the vote and ousting Oskar Lind.",
            "Turnout reached 63 percent, with 44,100 ballots cast, according to the city's election office.");

    static AiDocument doc(String id, String title, String... paragraphs) {
        return new AiDocument(id, title, "Source " + id, "en", Instant.parse("2026-11-22T08:00:00Z"), List.of(paragraphs), false, List.of());
    }

    @BeforeAll
    static void load() {
        engine = new ExtractiveEngine(new SentenceEmbedder());
    }

    static String quoted(Answer a) {
        return a.quotes().stream().map(Cited::text).reduce("", (x, y) -> x + " " + y);
    }

    @Test
    void aFigureOfSomeoneElseInTheSentenceIsNoAnswer() {
        for (String q : List.of("What percentage of the vote did Tremaine get?", "How much did Tremaine win by?", "What share of the vote did Tremaine win in Wyrton?")) {
            Answer a = engine.ask(List.of(ORLTON), List.of(WYRTON, WYRTON_2), q);
            assertThat(a.answered()).as(q + " -> " + quoted(a)).isFalse();
        }
        // nor from a story's own articles: the Wyrton story does not say what Tremaine took
        Answer own = engine.ask(List.of(WYRTON, WYRTON_2), List.of(ORLTON), "What percentage of the vote did Tremaine get?");
        assertThat(own.answered()).as(quoted(own)).isFalse();
    }

    @Test
    void aQuestionAboutTheRelatedArticlesSubjectIsAnsweredFromIt() {
        Answer okafor = engine.ask(List.of(ORLTON), List.of(WYRTON, WYRTON_2), "How many votes did Okafor get in Wyrton?");
        assertThat(okafor.answered()).isTrue();
        assertThat(okafor.fromRelated()).isTrue();
        assertThat(quoted(okafor)).contains("61 percent");

        Answer tremaine = engine.ask(List.of(ORLTON), List.of(WYRTON, WYRTON_2, PELLGATE), "What percentage of the vote did Tremaine get?");
        assertThat(tremaine.answered()).isTrue();
        assertThat(tremaine.fromRelated()).isTrue();
        assertThat(quoted(tremaine)).contains("57 percent").doesNotContain("61 percent");
        assertThat(tremaine.sources()).extracting(SourceRef::articleId).containsOnly("pellgate");
    }

    @Test
    void theStorysOwnAnswersStillCome() {
        Answer a = engine.ask(List.of(ORLTON), List.of(WYRTON, PELLGATE), "What share of the vote did Quell win in Orlton?");
        assertThat(a.fromRelated()).isFalse();
        assertThat(quoted(a)).contains("54 percent");
        Answer ballots = engine.ask(List.of(ORLTON), List.of(WYRTON, PELLGATE), "How many ballots were cast in Orlton?");
        assertThat(quoted(ballots)).contains("81,300");
        Answer related = engine.ask(List.of(ORLTON), List.of(WYRTON, PELLGATE), "How many ballots were cast in Pellgate?");
        assertThat(related.fromRelated()).isTrue();
        assertThat(quoted(related)).contains("44,100");
    }
}
