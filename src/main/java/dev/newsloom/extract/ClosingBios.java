package dev.newsloom.extract;

import dev.newsloom.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The note about the writer that closes many articles as an ordinary paragraph, with no markup to
 * tell it from the text: "Jane Doe is a senior writer at ...". What gives it away is that it
 * speaks of the article's own author in the third person. Only the last two blocks are looked at,
 * and the note goes with whatever follows it (a disclaimer, a promo), since the article has ended.
 */
final class ClosingBios {
    /** How far from the end a note may start: a further paragraph after it is still the article's (a test note, "Sources"). */
    private static final int LAST_BLOCKS = 2;

    /** What follows the writer's full name in such a note: a role, a disclosure, a career ("has covered ..."). */
    private static final Pattern AFTER_FULL_NAME = Pattern.compile(
            "(?s)^(?: \\([^)]{1,40}\\))? (?:is|was|has|writes|covers|serves|joined|holds|leads|works|lives|specializes|specialises)\\b.*");
    /** After the first name alone only a role will do ("Camille is a content specialist at ..."): "Ana has ..." could be the story. */
    private static final Pattern AFTER_FIRST_NAME = Pattern.compile("(?s)^ (?:is|was) (?:a|an|the)\\b.*");
    /** A note that says what it is ("About the author: ..."), whoever the byline names. */
    private static final Pattern LABELLED = Pattern.compile("(?is)^about the (?:author|writer)\\s*[:\u2014\u2013-]\\s*\\S.*");
    private static final Pattern AUTHORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");

    private ClosingBios() {}

    static List<Block> cut(List<Block> blocks, String byline) {
        if (blocks.size() < 3) return blocks;
        List<String> names = byline == null ? List.of() : names(byline);
        for (int i = Math.max(1, blocks.size() - LAST_BLOCKS); i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (LABELLED.matcher(t).matches() || isNote(t, names)) return withoutSignature(new ArrayList<>(blocks.subList(0, i)), byline);
        }
        return blocks;
    }

    /** The signature line that introduced the note ("Written by Jane Doe") is left over once the note goes. */
    private static List<Block> withoutSignature(List<Block> blocks, String byline) {
        if (byline == null || blocks.size() < 3) return blocks;
        String last = Text.key(blocks.get(blocks.size() - 1).text()), name = Text.key(byline);
        if (!name.isEmpty() && (last.equals("written by " + name) || last.equals("by " + name))) blocks.remove(blocks.size() - 1);
        return blocks;
    }

    /** The people in a byline, each as full name then first name; organisations and handles give none. */
    private static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        for (String part : AUTHORS.split(byline.strip())) {
            String[] words = part.strip().split("\\s+");
            if (words.length < 2 || words.length > 4 || !capitalised(words)) continue;
            out.add(part.strip());
            out.add(words[0]);
        }
        return out;
    }

    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) return false;
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("team") || lower.equals("staff") || lower.equals("editors") || lower.equals("editorial")) return false;
        }
        return true;
    }

    private static boolean isNote(String text, List<String> names) {
        String t = text.strip();
        for (int k = 0; k < names.size(); k += 2) {
            String full = names.get(k), first = names.get(k + 1);
            if (t.startsWith(full) && AFTER_FULL_NAME.matcher(t.substring(full.length())).matches()) return true;
            if (first.length() >= 3 && t.startsWith(first) && AFTER_FIRST_NAME.matcher(t.substring(first.length())).matches()) return true;
        }
        return false;
    }
}
