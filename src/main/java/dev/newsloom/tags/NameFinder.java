package dev.newsloom.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names in plain text without a model: runs of capitalised words, allowing a few lower-case
 * connectors inside ("Bank of Veltra"). Whether a run that opens a sentence is a name is left to
 * the caller, which knows how the same words appear elsewhere.
 */
final class NameFinder {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> CONNECTORS = Set.of("&", "of", "de", "del", "der", "van", "von", "la", "le", "du", "da", "al", "bin", "for", "the");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "president",
            "minister", "chancellor", "mayor", "judge", "justice", "governor", "senator", "general", "captain", "coach",
            "chief", "executive", "spokesperson", "spokesman", "spokeswoman", "inspector", "professor", "ceo", "chair",
            "chairman", "chairwoman", "director", "deputy", "secretary", "prime", "striker", "midfielder", "goalkeeper");

    /** A name as found: its words joined by single spaces, the sentence it is in, and whether it opens it. */
    record Mention(String name, int sentence, boolean sentenceStart) {}

    private NameFinder() {}

    static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(text);
        for (int s = 0; s < sentences.length; s++) {
            List<String> run = new ArrayList<>();
            boolean runAtStart = false;
            int index = 0;
            for (String raw : SPACE.split(sentences[s].strip())) {
                String word = raw.equals("&") ? raw : trimPunctuation(raw);
                boolean breaksAfter = endsClause(raw);
                if (word.isEmpty()) {
                    flush(run, s, runAtStart, out);
                    continue;
                }
                if (isCapitalised(word)) {
                    if (run.isEmpty()) runAtStart = index == 0;
                    run.add(word);
                } else if (!run.isEmpty() && CONNECTORS.contains(word)) {
                    run.add(word);
                } else {
                    flush(run, s, runAtStart, out);
                }
                if (breaksAfter) flush(run, s, runAtStart, out);
                index++;
            }
            flush(run, s, runAtStart, out);
        }
        return out;
    }

    private static void flush(List<String> run, int sentence, boolean atStart, List<Mention> out) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) run.remove(run.size() - 1);
        int from = 0;
        while (from < run.size() - 1 && HONORIFICS.contains(run.get(from).toLowerCase(Locale.ROOT).replace(".", ""))) {
            from++;
            atStart = false;
        }
        if (from < run.size()) {
            List<String> words = new ArrayList<>();
            for (String w : run.subList(from, run.size())) words.add(possessive(w));
            out.add(new Mention(String.join(" ", words), sentence, atStart));
        }
        run.clear();
    }

    private static String trimPunctuation(String raw) {
        int b = 0, e = raw.length();
        while (b < e && !Character.isLetterOrDigit(raw.codePointAt(b))) b++;
        while (e > b && !Character.isLetterOrDigit(raw.codePointBefore(e)) && raw.charAt(e - 1) != '\'' && raw.charAt(e - 1) != '’') e--;
        while (e > b && (raw.charAt(e - 1) == '\'' || raw.charAt(e - 1) == '’') && !(e - 2 > b && raw.charAt(e - 2) == 's')) e--;
        return raw.substring(b, e);
    }

    private static boolean endsClause(String raw) {
        if (raw.isEmpty()) return false;
        char last = raw.charAt(raw.length() - 1);
        return ",;:.!?\"”)—–".indexOf(last) >= 0;
    }

    /** "Veltra’s" → "Veltra". */
    static String possessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, word.length() - 2);
        return word;
    }

    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }
}
