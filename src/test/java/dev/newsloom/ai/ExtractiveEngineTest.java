package dev.newsloom.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each feature of the extractive engine on a story whose facts we know, with the real sentence model. */
class ExtractiveEngineTest {
    static ExtractiveEngine engine;

    @BeforeAll
    static void load() {
        engine = new ExtractiveEngine(new SentenceEmbedder());
    }

    static String text(List<Cited> cs) {
        return cs.stream().map(Cited::text).collect(Collectors.joining(" "));
    }

    @Test
    void anArticleSummaryLeadsWithWhatHappenedAndKeyPointsAddTheRest() {
        ArticleSummary s = engine.summary(StormStory.GAZETTE);
        assertThat(s.summary()).hasSizeBetween(2, 3);
        assertThat(s.summary().get(0).text()).as("the dateline is dropped").startsWith("A storm surge flooded the harbour district of Larkhaven");
        assertThat(s.keyPoints()).hasSizeBetween(2, 5);
        assertThat(s.summary()).extracting(Cited::text).doesNotContainAnyElementsOf(s.keyPoints().stream().map(Cited::text).toList());
        // every sentence is the article's own, citing it
        String body = String.join(" ", StormStory.GAZETTE.paragraphs());
        for (Cited c : s.summary()) {
            assertThat(body).contains(c.text());
            assertThat(c.cites()).containsExactly(1);
        }
        assertThat(s.sources()).singleElement().satisfies(r -> {
            assertThat(r.articleId()).isEqualTo(StormStory.GAZETTE.id());
            assertThat(r.source()).isEqualTo("Harbor Gazette");
        });
        assertThat(text(s.summary()) + text(s.keyPoints())).doesNotContain("more details would be released");
    }

    @Test
    void aStoryBriefCitesEverySourceThatSaysTheSameAndTellsWhatIsNew() {
        StoryBrief b = engine.brief(StormStory.ALL);
        assertThat(b.brief()).hasSizeBetween(3, 4);
        assertThat(b.sourceCount()).as("the wire copy's publisher counts").isEqualTo(4);
        assertThat(text(b.brief())).contains("300 homes");
        // the evacuation is reported by all three: its sentence cites more than its own article
        Cited evacuation = b.brief().stream().filter(c -> c.text().contains("300 homes")).findFirst().orElseThrow();
        assertThat(evacuation.cites()).hasSizeGreaterThanOrEqualTo(2);
        for (Cited c : b.brief()) assertThat(c.cites()).allMatch(n -> n >= 1 && n <= b.sources().size());
        StoryBrief.WhatsNew news = b.whatsNew();
        assertThat(news).as("the Courier's report came hours after the others").isNotNull();
        assertThat(news.since()).isEqualTo(Instant.parse("2026-11-20T10:30:00Z"));
        assertThat(news.reportedBy()).containsExactly("Northern Courier");
        assertThat(text(news.sentences())).containsAnyOf("reopen on Monday", "no structural damage");
        assertThat(text(news.sentences())).doesNotContain("300 homes");
    }

    @Test
    void whosWhoTypesTheNamesAndQuotesWhoTheyAre() {
        WhosWho w = engine.whosWho(StormStory.ALL);
        assertThat(w.people()).extracting(WhosWho.Entry::name).contains("Elena Ruiz", "Tomas Brandt");
        assertThat(w.organisations()).extracting(WhosWho.Entry::name).contains("Larkhaven Port Authority");
        assertThat(w.places()).extracting(WhosWho.Entry::name).contains("Larkhaven");
        WhosWho.Entry ruiz = w.people().stream().filter(e -> e.name().equals("Elena Ruiz")).findFirst().orElseThrow();
        assertThat(ruiz.about().text()).containsAnyOf("Elena Ruiz, the mayor of Larkhaven", "Mayor Elena Ruiz, who");
        assertThat(ruiz.articles()).isEqualTo(2);
        WhosWho.Entry brandt = w.people().stream().filter(e -> e.name().equals("Tomas Brandt")).findFirst().orElseThrow();
        assertThat(brandt.about().text()).contains("chief engineer");
    }

    @Test
    void theTimelineHasEachReportAndTheDatesTheTextStates() {
        Timeline t = engine.timeline(StormStory.ALL);
        assertThat(t.entries()).isSortedAccordingTo(java.util.Comparator.comparing(Timeline.Entry::when));
        assertThat(t.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("stated");
            assertThat(e.precision()).isEqualTo("year");
            assertThat(e.when().atZone(ZoneOffset.UTC).getYear()).isEqualTo(1998);
        });
        assertThat(t.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("stated");
            assertThat(e.when().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23)); // "will reopen on Monday"
            assertThat(e.upcoming()).isTrue();
        });
        List<Timeline.Entry> reported = t.entries().stream().filter(e -> e.kind().equals("reported")).toList();
        assertThat(reported).extracting(Timeline.Entry::reportedBy).startsWith("Harbor Gazette");
        assertThat(reported.get(0).when()).isEqualTo(StormStory.GAZETTE.published());
    }

    @Test
    void compareCoverageListsWhatOnlySomeReportAndWho() {
        Coverage c = engine.compare(StormStory.ALL);
        assertThat(c.sourceNames()).containsExactly("Harbor Gazette", "Bayside Herald", "Coastline Daily", "Northern Courier");
        Coverage.Claim passengers = c.onlySome().stream().filter(x -> x.text().text().contains("1,200 passengers")).findFirst().orElseThrow();
        assertThat(passengers.reportedBy()).containsExactly("Coastline Daily");
        assertThat(passengers.notReportedBy()).contains("Harbor Gazette", "Bayside Herald", "Northern Courier");
        assertThat(c.onlySome()).noneMatch(x -> x.text().text().contains("300 homes")); // everyone reports the evacuation
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void compareCoverageFlagsFiguresTheSourcesDisagreeOn() {
        AiDocument other = new AiDocument("a1000000000000000000000000000009", "Surge forces evacuations in Larkhaven", "Valley Times", "en",
                Instant.parse("2026-11-20T09:00:00Z"), List.of(
                "A storm surge flooded the harbour district of Larkhaven early on Friday, forcing the evacuation of about 450 homes, the city’s emergency office said."),
                false, List.of());
        Coverage c = engine.compare(List.of(StormStory.GAZETTE, other));
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.versions()).extracting(v -> v.reportedBy().get(0)).containsExactlyInAnyOrder("Harbor Gazette", "Valley Times");
            assertThat(d.versions()).extracting(v -> v.text().text()).anyMatch(s -> s.contains("450 homes")).anyMatch(s -> s.contains("300 homes"));
        });
    }

    @Test
    void askQuotesTheSentenceThatAnswersWithItsSource() {
        Answer a = engine.ask(StormStory.ALL, List.of(), "How many passengers were stranded?");
        assertThat(a.answered()).isTrue();
        assertThat(a.quotes().get(0).text()).contains("1,200 passengers");
        assertThat(a.sources().get(a.quotes().get(0).cites().get(0) - 1).source()).isEqualTo("Coastline Daily");

        Answer cost = engine.ask(StormStory.ALL, List.of(), "How much will the repairs to the sea wall cost?");
        assertThat(cost.answered()).isTrue();
        assertThat(cost.quotes().get(0).text()).contains("$4.5 million");

        Answer when = engine.ask(StormStory.ALL, List.of(), "When will the ferry terminal reopen?");
        assertThat(when.answered()).isTrue();
        assertThat(when.quotes().get(0).text()).contains("reopen on Monday");
    }

    @Test
    void askSaysSoWhenTheCoverageDoesNotAnswer() {
        for (String q : List.of("How many people died in the earthquake?", "What did the prime minister of Veltra say about taxes?",
                "Who won the football match?")) {
            Answer a = engine.ask(StormStory.ALL, List.of(), q);
            assertThat(a.answered()).as(q).isFalse();
            assertThat(a.quotes()).isEmpty();
        }
        assertThat(engine.ask(StormStory.ALL, List.of(), "  ?? ").answered()).isFalse();
    }

    @Test
    void askTrustsRelatedCoverageOnlyWhenItNamesWhatTheQuestionNames() {
        AiDocument elsewhere = new AiDocument("a1000000000000000000000000000010", "Storm closes Port Veltra ferry", "Valley Times", "en",
                Instant.parse("2026-11-20T12:00:00Z"), List.of("The storm stranded some 800 ferry passengers in Port Veltra on Friday."), false, List.of());
        Answer here = engine.ask(List.of(StormStory.GAZETTE), List.of(elsewhere), "How many ferry passengers were stranded in Larkhaven?");
        assertThat(here.quotes()).noneMatch(c -> c.text().contains("800"));
        Answer there = engine.ask(List.of(StormStory.GAZETTE), List.of(elsewhere), "How many ferry passengers were stranded in Port Veltra?");
        assertThat(there.answered()).isTrue();
        assertThat(there.quotes().get(0).text()).contains("800 ferry passengers");
        assertThat(there.fromRelated()).as("the article asked does not name Port Veltra: the answer says where it comes from").isTrue();
        assertThat(engine.ask(StormStory.ALL, List.of(elsewhere), "How many passengers were stranded?").fromRelated()).isFalse();
    }

    @Test
    void withoutTheSentenceModelTheFeaturesWorkFromWords() {
        ExtractiveEngine words = new ExtractiveEngine(null);
        assertThat(words.semantic()).isFalse();
        assertThat(words.summary(StormStory.GAZETTE).summary()).isNotEmpty();
        assertThat(words.brief(StormStory.ALL).brief()).isNotEmpty();
        Answer a = words.ask(StormStory.ALL, List.of(), "How many passengers were stranded?");
        assertThat(a.answered()).isTrue();
        assertThat(a.quotes().get(0).text()).contains("1,200");
    }
}
