package dev.newsloom.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
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
 * language is unknown or has no analyzer here. Queries search all of them. Accents are folded
 * after stemming ("Engström" and "engstrom", "Céline" and "CELINE" find each other): readers
 * rarely type them, and each language's stemmer still sees its own letters.
 */
final class Analyzers {
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt");
    /**
     * What an index's terms were analysed with; an index written under another version is rebuilt
     * on start-up, since its terms would no longer match the queries. 2: accents folded; 3: English
     * folds before stemming.
     */
    static final String VERSION = "3";

    private Analyzers() {}

    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer a = switch (lang) {
                case "en" -> new FoldedEnglish();
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
        return folded(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField));
    }

    /**
     * {@link EnglishAnalyzer}'s chain with accents folded before the Porter stemmer: it counts "é"
     * as a consonant, so "Céline" kept its final e while "celine" lost it, and the two never met.
     */
    private static final class FoldedEnglish extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            org.apache.lucene.analysis.Tokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
            org.apache.lucene.analysis.TokenStream result = new org.apache.lucene.analysis.en.EnglishPossessiveFilter(source);
            result = new org.apache.lucene.analysis.LowerCaseFilter(result);
            result = new org.apache.lucene.analysis.StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new ASCIIFoldingFilter(result);
            result = new org.apache.lucene.analysis.en.PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected org.apache.lucene.analysis.TokenStream normalize(String fieldName, org.apache.lucene.analysis.TokenStream in) {
            return new ASCIIFoldingFilter(new org.apache.lucene.analysis.LowerCaseFilter(in));
        }
    }

    private static Analyzer folded(Analyzer inner) {
        return new AnalyzerWrapper(inner.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return inner;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new ASCIIFoldingFilter(components.getTokenStream()));
            }
        };
    }

    /** The suffix of the fields an article of this language goes to: "_en", or "" for the plain fields. */
    static String suffix(String lang) {
        if (lang == null) return "";
        String primary = lang.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? "_" + primary : "";
    }
}
