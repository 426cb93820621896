package dev.newsloom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two stories of one event told from different angles merge when an article of one and an article
 * of the other report the same moment in nearly the same words, even though the stories' centroids
 * stay apart; a look-alike event (another ferry, another harbour) does not, however close its
 * story's centroid comes.
 */
class ConvergenceTest {
    private static final StoryConfig CONFIG = StoryConfig.defaults();
    private static SentenceEmbedder embedder;
    private static final TermStats STATS = new TermStats();

    private record Written(String id, String title, String text) {}

    private static final List<Written> BACKGROUND = List.of(
            new Written("bg-1", "Council approves new library budget", "The city council approved a budget for the new central library on Tuesday.\nConstruction is expected to begin next spring."),
            new Written("bg-2", "Local bakery wins national award", "A family bakery on Mill Street won a national prize for its rye bread.\nThe owners said they would keep prices unchanged."),
            new Written("bg-3", "Storm cuts power to thousands", "High winds cut power to thousands of homes overnight.\nCrews expect to restore supply by the weekend."),
            new Written("bg-4", "University opens climate research centre", "The university opened a research centre on coastal climate on Friday.\nIt will employ forty scientists."));

    // one event: the ferry Marisol sinking off Harrow Sound, reported as a rescue and as an inquiry
    private static final Written RESCUE_1 = new Written("rescue-1", "Ferry Marisol sinks off Harrow Sound, 41 rescued",
            "The ferry Marisol sank off Harrow Sound early on Monday, and coastguard crews pulled 41 passengers from the water, officials said.\n"
                    + "Six people are still missing, said coastguard commander Ilse Varga.\nThe Marisol had left Port Edry with 47 people on board.");
    private static final Written RESCUE_2 = new Written("rescue-2", "Divers search wreck of the Marisol for six missing",
            "Divers searched the sunken Marisol through Monday night as relatives waited on the quay at Port Edry.\n"
                    + "Ilse Varga said the cold water left little hope for the six still missing.\nVolunteers brought blankets and hot drinks to the survivors.");
    private static final Written INQUIRY_1 = new Written("inquiry-1", "41 rescued as ferry Marisol goes down off Harrow Sound",
            "Coastguard crews pulled 41 passengers from the water after the ferry Marisol sank off Harrow Sound early on Monday, officials said.\n"
                    + "Coastguard commander Ilse Varga said six people were still missing.\nThe Marisol had sailed from Port Edry with 47 people aboard.");
    private static final Written INQUIRY_2 = new Written("inquiry-2", "Minister orders inquiry into Marisol owner Tessaly Lines",
            "Transport minister Odile Brack ordered an inquiry on Tuesday into Tessaly Lines, the owner of the Marisol.\n"
                    + "Inspectors had flagged the ship's lifeboats in March, documents show.\nTessaly Lines said it would cooperate fully with investigators.");

    private static final Written RESCUE_3 = new Written("rescue-3", "Survivors describe cold night in the water",
            "Survivors told of clinging to seat cushions and a floating crate for hours in the dark.\n"
                    + "A nurse from the island hospital said most were treated for hypothermia.\nOne teenager swam to a fishing boat and raised the alarm.");
    private static final Written INQUIRY_3 = new Written("inquiry-3", "Seafarers union says warnings about ageing fleet were ignored",
            "The seafarers union said on Wednesday that it had warned regulators about the ageing fleet for years.\n"
                    + "Its leader called for the ships to be kept in port until inspectors check them.\nShares in the operator fell sharply on the news.");

    // a look-alike event: another ferry, another harbour, other people and figures
    private static final Written OTHER_1 = new Written("other-1", "Ferry Corran Star sinks off Pellin Bay, 12 rescued",
            "The ferry Corran Star sank off Pellin Bay late on Friday, and lifeboat crews pulled 12 passengers from the sea, police said.\n"
                    + "Two people are still missing, said harbour master Tomas Quill.\nThe Corran Star had left Skerrow with 14 people on board.");
    private static final Written OTHER_2 = new Written("other-2", "Divers search wreck of the Corran Star for two missing",
            "Divers searched the sunken Corran Star through Friday night as relatives waited at the harbour in Skerrow.\n"
                    + "Tomas Quill said the strong currents made the search slow.\nNeighbours brought food to the families of the missing.");

    private static final Map<String, Member> MEMBERS = new java.util.HashMap<>();

    @BeforeAll
    static void readTheArticles() {
        embedder = new SentenceEmbedder();
        List<Written> all = new ArrayList<>(BACKGROUND);
        all.addAll(List.of(RESCUE_1, RESCUE_2, RESCUE_3, INQUIRY_1, INQUIRY_2, INQUIRY_3, OTHER_1, OTHER_2));
        for (Written w : all) STATS.learnAndWeigh(Terms.count(w.title(), w.text(), "en"));
        for (Written w : all) {
            SparseVector terms = STATS.weigh(Terms.count(w.title(), w.text(), "en"));
            byte[] embedding = Vectors.quantize(embedder.embed(new StoryInput(w.id(), w.title(), w.text(), null, null, "en").lead(500)));
            MEMBERS.put(w.id(), new Member(w.id(), w.title(), null, null, embedding, terms, STATS.namesOf(terms), MinHash.signature(w.text())));
        }
    }

    private static Story story(Written... articles) {
        Story s = new Story(articles[0].id(), 384);
        for (Written w : articles) s.add(MEMBERS.get(w.id()));
        return s;
    }

    @Test
    void storiesOfOneEventMergeOnAPairOfNearlyIdenticalReports() {
        Convergence convergence = new Convergence(CONFIG);
        Story rescue = story(RESCUE_1, RESCUE_2, RESCUE_3), inquiry = story(INQUIRY_2, INQUIRY_3, INQUIRY_1);
        double centroids = CONFIG.score(rescue, inquiry);
        System.out.printf("one event: centroids %.3f, closest pair %.3f%n", centroids, convergence.closestPair(rescue, inquiry));
        // the centroids alone would keep them apart: the pair is what merges them
        assertThat(centroids).isBetween(Convergence.PAIR_GATE, CONFIG.merge());
        assertThat(convergence.closestPair(rescue, inquiry)).isGreaterThanOrEqualTo(Convergence.CLOSE_PAIR);
        assertThat(convergence.converge(rescue, inquiry)).isTrue();
    }

    @Test
    void aLookAlikeEventDoesNotMerge() {
        Convergence convergence = new Convergence(CONFIG);
        Story rescue = story(RESCUE_1, RESCUE_2, RESCUE_3), other = story(OTHER_1, OTHER_2);
        double centroids = CONFIG.score(rescue, other);
        System.out.printf("look-alike: centroids %.3f, closest pair %.3f%n", centroids, convergence.closestPair(rescue, other));
        // the other ferry's reports name their own place, people and figures: no pair comes close either
        assertThat(convergence.closestPair(rescue, other)).isLessThan(Convergence.CLOSE_PAIR);
        assertThat(convergence.converge(rescue, other)).isFalse();
    }
}
