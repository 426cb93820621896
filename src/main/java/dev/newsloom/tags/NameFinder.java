package dev.newsloom.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names in plain text without a model: runs of capitalised words, allowing a few lower-case
 * connectors inside ("Bank of Veltra"). Whether a run that opens a sentence is a name is left to
 * the caller, which knows how the same words appear elsewhere.
 */
final class NameFinder {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final String OPENING_QUOTES = "\"“‘'«„";
    private static final String CLOSING_QUOTES = "\"”’'»";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> CONNECTORS = Set.of("&", "of", "de", "del", "der", "van", "von", "la", "le", "du", "da", "al", "bin", "for", "the");
    /** A name as found: its words joined by single spaces, the sentence it is in, whether it opens it, and whether it is all of a quotation (‘The Long Shore’, a title). */
    record Mention(String name, int sentence, boolean sentenceStart, boolean quoted) {}

    private NameFinder() {}

    static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(text);
        for (int s = 0; s < sentences.length; s++) {
            List<String> run = new ArrayList<>();
            boolean runAtStart = false, runQuoted = false, runClosed = false;
            int index = 0;
            boolean mayBeDateline = false;
            for (String raw : SPACE.split(sentences[s].strip())) {
                String word = raw.equals("&") ? raw : trimPunctuation(raw);
                boolean breaksAfter = endsClause(raw);
                if (index == 0 && s == 0) mayBeDateline = isAllCaps(word);
                if (raw.startsWith("(") && index < 6) mayBeDateline |= s == 0;
                if (word.isEmpty()) {
                    flush(run, s, runAtStart, runQuoted && runClosed, out);
                    // "CORVHOLM (REUTERS) — Wild bee populations…": the sentence starts after the dateline
                    if (mayBeDateline && index < 8 && isDash(raw)) {
                        index = 0;
                        mayBeDateline = false;
                    }
                    continue;
                }
                // a quotation opens a new name ("Esposito’s ‘Glass Harbour’"), and so does what follows a possessive
                if (OPENING_QUOTES.indexOf(raw.charAt(0)) >= 0) flush(run, s, runAtStart, runQuoted && runClosed, out);
                if (!possessive(word).equals(word)) breaksAfter = true;
                if (isCapitalised(word)) {
                    if (run.isEmpty()) {
                        runAtStart = index == 0;
                        runQuoted = OPENING_QUOTES.indexOf(raw.charAt(0)) >= 0;
                    }
                    runClosed = runQuoted && CLOSING_QUOTES.indexOf(raw.charAt(raw.length() - 1)) >= 0
                            && !(raw.length() == 1 && run.isEmpty());
                    run.add(word);
                    if (runClosed) breaksAfter = true;
                } else if (!run.isEmpty() && CONNECTORS.contains(word)) {
                    run.add(word);
                } else {
                    flush(run, s, runAtStart, runQuoted && runClosed, out);
                }
                if (breaksAfter) flush(run, s, runAtStart, runQuoted && runClosed, out);
                index++;
            }
            flush(run, s, runAtStart, runQuoted && runClosed, out);
        }
        return out;
    }

    private static void flush(List<String> run, int sentence, boolean atStart, boolean quoted, List<Mention> out) {
        // a title splits the run and is dropped: "Bank of Veltra Governor Ana Kovac" is two names,
        // "Chef Juno Halvorsen" one; a title that ends the run stays ("Dairy Queen") unless it is all of it
        List<String> part = new ArrayList<>();
        boolean partAtStart = atStart;
        int k = 0;
        while (k < run.size()) {
            int j = k;
            boolean role = false;
            while (j < run.size() && Titles.isTitleWord(run.get(j))) role |= Titles.isRole(run.get(j++));
            if (role && (j < run.size() || k == 0)) {
                emit(part, sentence, partAtStart, quoted, out);
                partAtStart = false;
                k = j;
                continue;
            }
            part.add(run.get(k++));
        }
        emit(part, sentence, partAtStart, quoted, out);
        run.clear();
    }

    private static void emit(List<String> part, int sentence, boolean atStart, boolean quoted, List<Mention> out) {
        int from = 0, to = part.size();
        while (from < to && CONNECTORS.contains(part.get(from))) from++;
        while (to > from && CONNECTORS.contains(part.get(to - 1))) to--;
        if (from < to) {
            List<String> words = new ArrayList<>();
            for (String w : part.subList(from, to)) words.add(possessive(w));
            out.add(new Mention(String.join(" ", words), sentence, atStart, quoted));
        }
        part.clear();
    }

    private static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && word.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isDash(String raw) {
        return raw.equals("—") || raw.equals("–") || raw.equals("-") || raw.equals("--");
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
