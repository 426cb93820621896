package dev.newsloom.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Language-aware text fields: an article's title and text go to fields of its language
 * ({@code text_en}, stemmed and with English stop words), or to the plain fields when its
 * language is unknown or has no analyzer here. Queries search all of them.
 */
final class Analyzers {
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt");

    private Analyzers() {}

    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer a = switch (lang) {
                case "en" -> new EnglishAnalyzer();
                case "de" -> new GermanAnalyzer();
                case "fr" -> new FrenchAnalyzer();
                case "es" -> new SpanishAnalyzer();
                case "it" -> new ItalianAnalyzer();
                case "nl" -> new DutchAnalyzer();
                default -> new PortugueseAnalyzer();
            };
            perField.put(ArticleIndex.TITLE + "_" + lang, a);
            perField.put(ArticleIndex.TEXT + "_" + lang, a);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** The suffix of the fields an article of this language goes to: "_en", or "" for the plain fields. */
    static String suffix(String lang) {
        if (lang == null) return "";
        String primary = lang.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? "_" + primary : "";
    }
}
