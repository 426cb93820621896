package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Dates looks for its expression only a few words before each year: it must find exactly what a plain find() finds. */
class DatesSearchTest {
    private static final String[] PARTS = {"19", "20", "2025", "1999", "05", "5", "12", "31", " ", "  ", "\n", "\t", ",", ".",
        "/", "-", "of", "th", "st", "Dec", "December", "jan", "Sept.", "may", "x", "A", "aB", "é", "\u0085", "3", "0", "9",
        "Dec 5, 2025", "5th of December 2025", "2025-12-05", "12/05/2025", "31.12.1999", " 19", "July  4,\n2020",
        "aDecember 1 2001", "2025-1-2019", "Ana VelDecember 19, 2025"};

    @Test
    void findsWhatPlainFindFindsOnGeneratedTexts() {
        Random random = new Random(3);
        int matches = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) text.append(PARTS[random.nextInt(PARTS.length)]);
            List<String> plain = plain(text.toString());
            assertThat(windowed(text.toString())).as("matches in [%s]", text).isEqualTo(plain);
            matches += plain.size();
        }
        assertThat(matches).isGreaterThan(5_000); // the texts do hold dates in every form
    }

    @Test
    void findsDatesFarApartInALongText() {
        String text = "Updated December 19, 2025. " + "words without a year ".repeat(2_000) + "first published 4 of July, 2020 and 2021-03-09.";
        assertThat(windowed(text)).isEqualTo(plain(text)).hasSize(3);
    }

    private static List<String> plain(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Dates.IN_TEXT.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end() + " " + m.group());
        return out;
    }

    private static List<String> windowed(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Dates.IN_TEXT.matcher(text);
        for (int from = 0; Dates.find(m, text, from); from = m.end()) out.add(m.start() + "-" + m.end() + " " + m.group());
        return out;
    }
}
