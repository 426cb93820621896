package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.extract.DensityExtractor;
import dev.newsloom.extract.LearnedBoilerplate;
import dev.newsloom.model.ExtractedArticle;
import dev.newsloom.model.Source;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.newsloom.testing.StoreEngine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-publisher boilerplate learning on pages this test writes, through the real extractor and a
 * real store (SQLite and PostgreSQL): a promo under every article of one source is learned and
 * removed once it has enough support, and real text shared by a few articles is never removed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class BoilerplateLearningTest {
    @Parameter StoreEngine engine;
    static final String PROMO = "Catch every Harbor Ledger story first with our morning edition at the kiosk by the ferry.";
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final String[] WORDS = ("council harbor ferry vote budget mayor school bridge storm fishing port workers union "
            + "market tourists museum hospital nurses railway tender contract river festival police court judge wind farm")
            .split(" ");

    @TempDir Path dir;

    @Test
    void aLineUnderEveryArticleIsRemovedOnceItHasSupportAndTheLearningIsKept() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        Source ledger = sources.add("Harbor Ledger", "http://127.0.0.1:1/ledger.xml", null);
        LearnedBoilerplate learning = new LearnedBoilerplate(sources.boilerplate());
        DensityExtractor extractor = new DensityExtractor();
        Random random = new Random(3);
        List<Boolean> promoKept = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> body = paragraphs(random, 5);
            ExtractedArticle a = learning.apply(ledger.id(), extractor.extract(page("Story " + i, body, PROMO), null), NOW);
            promoKept.add(a.paragraphs().contains(PROMO));
            assertThat(a.paragraphs()).containsAll(body); // the article's own text is never touched
        }
        // kept while fewer than five articles showed it, removed from the fifth on
        assertThat(promoKept).containsExactly(true, true, true, true, false, false, false, false);
        assertThat(learning.learned(ledger.id(), 10)).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo(PROMO);
            assertThat(l.articles()).isEqualTo(8);
            assertThat(l.share()).isEqualTo(1.0);
        });
        db.close();

        // a restart remembers: the next article loses the promo at once
        Database reopened = engine.open(dir);
        LearnedBoilerplate afterRestart = new LearnedBoilerplate(new SourceRepository(reopened).boilerplate());
        List<String> body = paragraphs(random, 4);
        ExtractedArticle next = afterRestart.apply(ledger.id(), extractor.extract(page("Next", body, PROMO), null), NOW);
        assertThat(next.paragraphs()).containsExactlyElementsOf(body);
        reopened.close();
    }

    @Test
    void textSharedByAFewArticlesOrSeenAtAnotherSourceStays() {
        Database db = engine.open(dir);
        SourceRepository sources = new SourceRepository(db);
        Source ledger = sources.add("Harbor Ledger", "http://127.0.0.1:1/ledger.xml", null);
        Source gazette = sources.add("Gazette", "http://127.0.0.1:1/gazette.xml", null);
        LearnedBoilerplate learning = new LearnedBoilerplate(sources.boilerplate());
        Random random = new Random(5);
        String background = "The sea wall was first proposed after the storm of 2019 flooded the lower town for nine days.";
        int backgroundRemoved = 0;
        // 40 articles, 6 of them follow-ups repeating one background paragraph: support 6, share 6/40 < 20%
        for (int i = 0; i < 40; i++) {
            List<String> body = new ArrayList<>(paragraphs(random, 4));
            if (i % 7 == 3) body.add(background);
            ExtractedArticle a = learning.apply(ledger.id(), article(body), NOW);
            if (body.contains(background) && !a.paragraphs().contains(background)) backgroundRemoved++;
        }
        assertThat(backgroundRemoved).isZero();
        assertThat(learning.learned(ledger.id(), 10)).isEmpty();

        // one sighting, or four, never removes anything
        for (int i = 0; i < 4; i++) {
            List<String> body = List.of(paragraphs(random, 1).get(0), PROMO);
            assertThat(learning.apply(gazette.id(), article(body), NOW).paragraphs()).contains(PROMO);
        }
        db.close();
    }

    static ExtractedArticle article(List<String> paragraphs) {
        return new ExtractedArticle(null, "t", null, null, null, "en", null, null, null, null, null, paragraphs, false, null);
    }

    static List<String> paragraphs(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            StringBuilder sb = new StringBuilder("The");
            for (int w = 0; w < 24; w++) sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            out.add(sb.append(", officials said on ").append(1 + random.nextInt(28)).append(" November.").toString());
        }
        return out;
    }

    static String page(String title, List<String> body, String promo) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><title>" + title + " | Harbor Ledger</title></head><body>"
                + "<header><a href=/>Harbor Ledger</a></header><main><article><h1>" + title + "</h1>");
        for (String p : body) html.append("<p>").append(p).append("</p>");
        html.append("<p>").append(promo).append("</p></article></main><footer>Harbor Ledger</footer></body></html>");
        return html.toString();
    }
}
