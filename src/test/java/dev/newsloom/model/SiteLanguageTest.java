package dev.newsloom.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule for what a language is: what {@code of} writes is exactly what {@code isCode} accepts. */
class SiteLanguageTest {
    @Test
    void aTagIsFiledUnderItsIsoLanguageOrTheDefault() {
        assertThat(SiteLanguage.of("en-GB")).isEqualTo("en");
        assertThat(SiteLanguage.of("DE")).isEqualTo("de");
        assertThat(SiteLanguage.of("pt_BR")).isEqualTo("pt");
        assertThat(SiteLanguage.of("deu")).as("one address per language").isEqualTo("de");
        assertThat(SiteLanguage.of("fil")).as("a language with only a three-letter code").isEqualTo("fil");
        for (String none : new String[] {null, "", " ", "english", "xx", "zz", "qqq", "x-klingon", "1<x>"}) {
            assertThat(SiteLanguage.of(none)).as(String.valueOf(none)).isEqualTo(SiteLanguage.DEFAULT);
        }
    }

    @Test
    void exactlyTheCodesItWritesAreLanguages() {
        for (String tag : new String[] {"en", "de-AT", "fil", "deu", "xx", "EN", "nb-NO", "zh-Hant-TW"}) {
            assertThat(SiteLanguage.isCode(SiteLanguage.of(tag))).as(tag).isTrue();
        }
        assertThat(SiteLanguage.isCode("xx")).isFalse();
        assertThat(SiteLanguage.isCode("EN")).isFalse();
        assertThat(SiteLanguage.isCode("deu")).as("written as de").isFalse();
        assertThat(SiteLanguage.isCode(null)).isFalse();
    }
}
