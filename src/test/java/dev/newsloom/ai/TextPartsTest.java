package dev.newsloom.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces the features are built on: sentences, figures, dates, questions. */
class TextPartsTest {
    @Test
    void sentencesSplitAtTheirEndsButNotAfterTitlesAndInitials() {
        assertThat(Sentences.split("Dr. J. R. Smith met Mr. Jones in St. Louis on Jan. 5. They talked “for hours.” Prices rose 4.5 percent.", "en"))
                .containsExactly("Dr. J. R. Smith met Mr. Jones in St. Louis on Jan. 5.", "They talked “for hours.”", "Prices rose 4.5 percent.");
        assertThat(Sentences.split("", "en")).isEmpty();
        assertThat(Sentences.split("Is it over? Yes!", "en")).containsExactly("Is it over?", "Yes!");
    }

    @Test
    void cleaningDropsDatelinesCreditsAndFragments() {
        assertThat(Sentences.clean("ISMERWICK (AP) — Nimbra Labs said on Saturday that hackers stole data.", true))
                .isEqualTo("Nimbra Labs said on Saturday that hackers stole data.");
        assertThat(Sentences.clean("PORT ANSELM, Nov 21 (Reuters) - The port reopened after the storm.", true))
                .isEqualTo("The port reopened after the storm.");
        assertThat(Sentences.clean("US officials said the port reopened after the storm.", true)).startsWith("US officials");
        assertThat(Sentences.clean("(Reporting by Lorena Rourke; editing by Aurelio Sandoval)", false)).isNull();
        assertThat(Sentences.clean("Sign up for our newsletter today and never miss a story.", false)).isNull();
        assertThat(Sentences.clean("Read more.", false)).isNull();
        assertThat(Sentences.clean("BREAKING NEWS FROM THE HARBOUR TODAY", false)).isNull();
    }

    @Test
    void figuresAreFoundWrittenAnyWayAndDatesAndYearsAreNotFigures() {
        List<Numbers.Figure> f = Numbers.find("About 1,800 homes, $4.5 million in damage, a 12% rise and 63 percent turnout; 3 days on November 21 in 2019.");
        assertThat(f).extracting(Numbers.Figure::key).containsExactly("1800", "$4.5e6", "12%", "63%", "3");
        assertThat(f).extracting(Numbers.Figure::kind).containsExactly("count", "money", "percent", "percent", "count");
        assertThat(f.get(4).significant()).as("a bare small count says little").isFalse();
        assertThat(Numbers.significantKeys("1,800 homes")).isEqualTo(Numbers.significantKeys("1800 homes"));
        assertThat(Numbers.find("at 10:30 on the 2-0 win")).extracting(Numbers.Figure::key).doesNotContain("30");
        assertThat(Numbers.find("a fund of about 2025 dollars")).extracting(Numbers.Figure::key).containsExactly("2025");
    }

    @Test
    void datesAreResolvedAgainstThePublicationTime() {
        Instant saturday = Instant.parse("2026-11-21T10:00:00Z");
        assertThat(DateFinder.find("The quake struck on Saturday.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 21));
        assertThat(DateFinder.find("The talks began on Thursday.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 19));
        assertThat(DateFinder.find("A statement is expected on Monday.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 23));
        assertThat(DateFinder.find("It will open next Saturday.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 28));
        assertThat(DateFinder.find("Figures were released on November 19.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 19));
        assertThat(DateFinder.find("The plant closed on 3 March 2021.", saturday)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 3)));
        assertThat(DateFinder.find("Flooding last hit the town in December.", Instant.parse("2026-01-10T00:00:00Z")))
                .isEmpty(); // a month alone is too vague to place
        assertThat(DateFinder.find("The ban dates from 2019-04-01.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2019, 4, 1));
        assertThat(DateFinder.find("The wall was last overtopped in 1998.", saturday)).singleElement()
                .satisfies(d -> assertThat(d.precision()).isEqualTo("year"));
        assertThat(DateFinder.find("Residents returned yesterday.", saturday)).extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 11, 20));
        assertThat(DateFinder.find("Budget talks resume on December 2.", Instant.parse("2026-11-30T00:00:00Z")))
                .extracting(DateFinder.Stated::date).containsExactly(LocalDate.of(2026, 12, 2));
        assertThat(DateFinder.find("No date here at all.", saturday)).isEmpty();
    }

    @Test
    void questionsSayWhatTheyAskForAndWhatTheyAreAbout() {
        Question q = Question.parse("How many ballots were cast in the Port Helford mayoral election?");
        assertThat(q.expects()).isEqualTo(Question.Expects.COUNT);
        assertThat(q.names()).containsExactly("Port Helford");
        assertThat(q.focus()).isEqualTo("ballot");
        assertThat(q.words()).contains("ballot", "cast", "mayoral", "election").doesNotContain("port", "helford");
        assertThat(Question.parse("How much did Nimbra Labs raise in funding?").expects()).isEqualTo(Question.Expects.MONEY);
        assertThat(Question.parse("How big is the fund agreed at the summit?").expects()).isEqualTo(Question.Expects.MONEY);
        assertThat(Question.parse("What share of the vote did Ruiz win?").expects()).isEqualTo(Question.Expects.PERCENT);
        assertThat(Question.parse("How much did the shares rise?").expects()).isEqualTo(Question.Expects.PERCENT);
        assertThat(Question.parse("How long is the film ‘Low Tide’?").expects()).isEqualTo(Question.Expects.DURATION);
        assertThat(Question.parse("How long is the film ‘Low Tide’?").names()).containsExactly("Low Tide");
        assertThat(Question.parse("When will the terminal reopen?").expects()).isEqualTo(Question.Expects.DATE);
        assertThat(Question.parse("Who conceded the election?").expects()).isEqualTo(Question.Expects.PERSON);
        assertThat(Question.parse("Who is Tomas Brandt?").expects()).isEqualTo(Question.Expects.ANY);
        assertThat(Question.parse("Where did the quake strike?").expects()).isEqualTo(Question.Expects.PLACE);
        assertThat(Question.parse("Why was the wall overtopped?").expects()).isEqualTo(Question.Expects.ANY);
        assertThat(Question.parse("x".repeat(500)).text()).hasSize(Question.MAX_LENGTH);
        assertThat(Question.parse(" ?? ").isUsable()).isFalse();
    }

    @Test
    void wordsMeetAcrossTheirForms() {
        assertThat(Words.content("The homes were damaged")).containsExactly("home", "damag");
        assertThat(Words.stem("damaging")).isEqualTo(Words.stem("damage"));
        assertThat(Words.stem("countries")).isEqualTo("country");
        assertThat(Words.content("What does it do?")).isEmpty();
    }
}
