package dev.newsloom.community;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The moderators' list of blocked words and phrases, matched as whole words whatever their case
 * or Unicode form ("Spam" in "spam!" but not in "spammer"; add that one too if it is wanted).
 */
public final class BlockedWords {
    private BlockedWords() {}

    /** NFKC, lower case, one space between words, and nothing invisible: "sp\u200Bam" is "spam" ({@link CommentText#withoutInvisible}). */
    public static String normalize(String word) {
        return CommentText.withoutInvisible(Normalizer.normalize(word == null ? "" : word, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The first listed word the text contains, if any. */
    public static Optional<String> find(String text, Collection<String> words) {
        if (words.isEmpty() || text == null) return Optional.empty();
        String t = normalize(text);
        for (String w : words) {
            String word = normalize(w); // a word listed before invisible characters were dropped, too
            if (word.isEmpty()) continue;
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
            if (p.matcher(t).find()) return Optional.of(w);
        }
        return Optional.empty();
    }
}
