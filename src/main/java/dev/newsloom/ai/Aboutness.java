package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence is about what a question names, not merely beside it. An article about
 * another event often names the question's person in another role ("Voters in Wyrton elected Inés
 * Okafor …, handing her 61 percent of the vote and ousting Yusuf Tremaine"), and its figures are
 * then someone else's. So a person the question names counts when the sentence names them before
 * anyone else (its subject), or when the sentence names nobody and its article is about them (its
 * headline or first sentence names them before anyone else). A place, an organisation or a
 * quoted title (‘The Last Ferry’) counts when the sentence or the article's headline or first
 * sentence names it: it is where, or whom, the article is about. Without a parser this reads the order of the capitalised names only.
 */
final class Aboutness {
    private static final Pattern RUN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:of|de|du|la|le|van|von|&|the|for)\\s+)?[\\p{Lu}][\\p{L}\\p{M}'’.-]*)*");
    private static final Pattern SETTING = Pattern.compile("\\b(?:in|at|near|around|across|outside|from|neighbouring|neighboring|throughout)\\s+(?:the\\s+)?"
            + "([\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]*)*)");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern MID_SENTENCE = Pattern.compile("(?<=[\\p{L}\\p{N},;:)]\\s)[\\p{Lu}][\\p{L}\\p{M}'’-]*");
    private static final Pattern QUOTED = Pattern.compile("[‘“\"]([^‘’“”\"]{2,80})[’”\"]");

    private final String title, lead;
    /** Words the article writes capitalised within a sentence: a sentence's first word is a name only if it is one of them. */
    private final Set<String> midSentence = new HashSet<>();
    /** Names the article puts after "in", "at", "near": places, and sites such as a company's. */
    private final Set<String> settings = new HashSet<>();
    /** What the article quotes as a title (‘After the Storm Bell’): a film, a book, a show, never a person. */
    private final Set<String> quoted = new HashSet<>();

    Aboutness(AiDocument d) {
        this.title = d.title();
        String first = d.paragraphs().isEmpty() ? "" : d.paragraphs().get(0);
        List<String> sentences = first.isBlank() ? List.of() : Sentences.split(first, d.lang());
        this.lead = sentences.isEmpty() ? "" : sentences.get(0);
        List<String> texts = new ArrayList<>(d.paragraphs());
        texts.add(d.title());
        for (String p : texts) {
            Matcher m = MID_SENTENCE.matcher(p);
            while (m.find()) midSentence.add(bare(m.group()));
            Matcher s = SETTING.matcher(p);
            while (s.find()) settings.add(bare(s.group(1)));
            Matcher q = QUOTED.matcher(p);
            while (q.find()) quoted.add(q.group(1).strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Whether the sentence (a headline, or one of the article's sentences) is about every name: the
     * places and organisations named in it or in what opens the article; the people named in it, or
     * the article's subject, with nobody else before them ("Okafor beat Tremaine" is about both).
     */
    boolean about(String sentence, List<String> names) {
        List<String> runs = runs(sentence);
        List<String> people = new ArrayList<>();
        for (String name : names) {
            String n = bare(name);
            if (isPerson(n)) people.add(n);
            else if (indexOf(runs, n) < 0 && indexOf(runs(title), n) < 0 && indexOf(runs(lead), n) < 0) return false;
        }
        if (people.isEmpty()) return true;
        int actor = firstActor(runs);
        if (actor >= 0 && people.stream().noneMatch(n -> indexOf(runs, n) == actor)) return false;
        for (String n : people) if (indexOf(runs, n) < 0 && !(subject(title, n) || subject(lead, n))) return false;
        return true;
    }

    private boolean subject(String text, String name) {
        List<String> runs = runs(text);
        int at = indexOf(runs, name);
        return at >= 0 && firstActor(runs) == at;
    }

    /** The first name that is not a place: who acts in the sentence, or -1. */
    private int firstActor(List<String> runs) {
        for (int i = 0; i < runs.size(); i++) if (!settings.contains(runs.get(i))) return i;
        return -1;
    }

    private boolean isPerson(String name) {
        if (settings.contains(name) || quoted.contains(name.toLowerCase(Locale.ROOT)) || name.contains("&")) return false; // "Quince & Tide"
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) if (EntityFinder.ORG_WORDS.contains(w)) return false;
        return true;
    }

    /** The run naming the name: the same words, or (for a person named by surname) ending in it. */
    private static int indexOf(List<String> runs, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String last = n.substring(n.lastIndexOf(' ') + 1);
        for (int i = 0; i < runs.size(); i++) {
            String r = " " + runs.get(i).toLowerCase(Locale.ROOT) + " ";
            if (r.contains(" " + n + " ") || r.endsWith(" " + last + " ")) return i;
        }
        return -1;
    }

    /** The names in a sentence, in order: capitalised runs, less weekdays, months and a capitalised first word that is no name. */
    private List<String> runs(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = RUN.matcher(sentence);
        while (m.find()) {
            String run = bare(m.group());
            String before = sentence.substring(0, m.start()).strip();
            boolean opens = before.isEmpty() || before.endsWith("“") || before.endsWith("\"") || before.endsWith("‘");
            String[] words = run.split("\\s+");
            int from = 0;
            if (opens && !midSentence.contains(words[0])) from = 1; // "Voters in …", "Speaking to …"
            StringBuilder kept = new StringBuilder();
            for (int i = from; i < words.length; i++) {
                if (NOT_NAMES.contains(words[i].toLowerCase(Locale.ROOT))) {
                    add(out, kept);
                    continue;
                }
                if (kept.isEmpty() && Words.isStopword(words[i].toLowerCase(Locale.ROOT))) continue;
                if (!kept.isEmpty()) kept.append(' ');
                kept.append(words[i]);
            }
            add(out, kept);
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder kept) {
        String s = kept.toString().strip().replaceAll("\\s+(of|de|du|la|le|van|von|&|the|for)$", "");
        if (!s.isEmpty()) out.add(s);
        kept.setLength(0);
    }

    /** Without a possessive or trailing punctuation: "Tremaine’s" is Tremaine. */
    private static String bare(String name) {
        return name.strip().replaceAll("[’']s$", "").replaceAll("[.’',-]+$", "");
    }
}
