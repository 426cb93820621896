package dev.newsloom.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts an article's stemmed words, the title's counting double: it names the event. Names and
 * numbers inside sentences are also counted as terms of their own: two earthquakes or two
 * court rulings share their vocabulary, and differ by where, who and how many.
 */
final class Terms {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer OTHER = new StandardAnalyzer();

    private Terms() {}

    static Map<String, Integer> count(String title, String text, String lang) {
        Analyzer analyzer = lang == null || lang.startsWith("en") ? ENGLISH : OTHER;
        Map<String, Integer> counts = new HashMap<>();
        add(analyzer, title, 2, counts);
        add(analyzer, text, 1, counts);
        addNames(text, counts);
        // with no text, the title is all there is to tell who and where; a Title Case headline would make every word a name
        if ((text == null || text.isBlank()) && sentenceCase(title)) addNames(title, counts);
        return counts;
    }

    /** Whether most words after the first start in lower case: a "Title Case Headline" capitalises every word, names or not. */
    static boolean sentenceCase(String title) {
        if (title == null) return false;
        int lower = 0, upper = 0;
        boolean first = true;
        for (String w : title.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            if (first) { first = false; continue; }
            if (Character.isUpperCase(w.charAt(0))) upper++; else lower++;
        }
        return lower > upper;
    }

    static final String NAME_PREFIX = "n:";
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("(?<=[.!?\"”])\\s+|\\n+");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}]");

    private static void addNames(String text, Map<String, Integer> counts) {
        if (text == null) return;
        for (String sentence : SENTENCE.split(text)) {
            java.util.regex.Matcher m = TOKEN.matcher(sentence);
            boolean first = true;
            while (m.find()) {
                String w = m.group();
                boolean name = !first && Character.isUpperCase(w.charAt(0)) && w.length() >= 3
                        && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
                boolean number = Character.isDigit(w.charAt(0)) && w.length() >= 2;
                first = false;
                if (name || number) counts.merge(NAME_PREFIX + w.toLowerCase(java.util.Locale.ROOT), NAME_WEIGHT, Integer::sum);
            }
        }
    }

    /** Measured on clustering-dev: names counted twice lift B-cubed F1 from 0.870 to 0.892; four times is worse. */
    private static final int NAME_WEIGHT = 2;

    private static void add(Analyzer analyzer, String text, int weight, Map<String, Integer> counts) {
        if (text == null || text.isBlank()) return;
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2 || Character.isDigit(term.charAt(0)) && term.length() < 4) continue;
                counts.merge(term.toString(), weight, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
