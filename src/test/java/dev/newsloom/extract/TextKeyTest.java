package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comparison key that tells a repeated title, caption or byline in the body: words only, lower case, one space. */
class TextKeyTest {
    @Test
    void keepsLettersAndDigitsLowerCasedWithOneSpaceForEachGap() {
        assertThat(Text.key("  Harbour Ferry -- sinks, 12 rescued!  ")).isEqualTo("harbour ferry sinks 12 rescued");
        assertThat(Text.key("a.b.c")).isEqualTo("a b c");
        assertThat(Text.key("")).isEmpty();
        assertThat(Text.key(null)).isEmpty();
        assertThat(Text.key("?!")).isEmpty();
    }

    @Test
    void lowerCasesBeyondAscii() {
        assertThat(Text.key("ÜBER Straße — Ærø")).isEqualTo("über straße ærø");
        assertThat(Text.key("ΑΘΗΝΑ, Κρήτη")).isEqualTo("αθηνα κρήτη");
        // a letter outside the basic plane (Deseret capital long I) lower-cases to another one: two chars each
        assertThat(Text.key("\uD801\uDC00x \uD801\uDC00")).isEqualTo("\uD801\uDC28x \uD801\uDC28");
    }

    @Test
    void aTextOfGapsBetweenSingleLettersFitsItsBuffer() {
        String alternating = "a,".repeat(5_000) + "\uD801\uDC00".repeat(3_000);
        assertThat(Text.key(alternating)).startsWith("a a a").endsWith("\uD801\uDC28".repeat(3));
    }
}
