package dev.newsloom.ai;

import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Hashtagger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who's who without a model: the names the hashtagger finds (variants merged), typed by how the
 * text uses them ("Ms X", "X, who", "in X", "the X Authority", a surname used alone), each with
 * the sentence that introduces it best: an apposition ("X, the mayor of Y") or a role before
 * the name, in an early and central sentence.
 */
final class EntityFinder {
    static final int PEOPLE = 6, ORGANISATIONS = 5, PLACES = 5;
    private static final int CANDIDATES = 30;
    /** Words that make a name an organisation's ("Ostrel Robotics", "the Harbour Platform"); {@link Aboutness} reads them too. */
    static final Set<String> ORG_WORDS = Set.copyOf(java.util.Arrays.asList(("party alliance movement league front platform forum union"
            + " association federation council compact community commission committee assembly parliament senate"
            + " congress government ministry department office bureau agency authority court tribunal police army navy"
            + " university institute college school academy hospital infirmary clinic centre center museum theatre"
            + " orchestra festival foundation trust fund bank company corporation corp inc ltd llc plc group holdings"
            + " labs systems software networks devices robotics technologies energy foods industries capital shipping"
            + " materials insurance logistics pictures studios airlines airways motors press news times club fc united"
            + " rovers rangers wanderers athletic albion city harriers falcons mariners service services board exchange"
            + " organisation organization cooperation network partners").split(" ")));
    private static final Set<String> ROLES = Set.copyOf(java.util.Arrays.asList(("mr mrs ms miss dr prof professor sir dame lord lady president"
            + " minister chancellor mayor governor senator judge justice general captain coach chef director executive"
            + " spokesperson spokesman spokeswoman chairman chairwoman chair ceo founder inspector detective officer"
            + " striker midfielder goalkeeper defender actor actress singer author writer producer economist analyst"
            + " candidate researcher scientist seismologist professor lawyer prosecutor secretary commissioner").split(" ")));
    private static final Set<String> PLACE_BEFORE = Set.of("in", "near", "around", "across", "outside", "from", "to",
            "of", "neighbouring", "neighboring", "into", "towards", "toward", "throughout", "at");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "argued", "argues", "wrote",
            "warned", "apologised", "apologized", "insisted", "conceded", "denied", "scored");
    private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}[\\p{L}'’-]*\\b");

    private final Hashtagger hashtagger = new Hashtagger();

    WhosWho find(SentencePool pool) {
        if (pool.isEmpty()) return new WhosWho(List.of(), List.of(), List.of(), List.of());
        List<String> paragraphs = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (AiDocument d : pool.docs) {
            paragraphs.addAll(d.paragraphs());
            all.append(d.title()).append('\n').append(String.join("\n", d.paragraphs())).append('\n');
        }
        String text = all.toString();
        List<String> docTexts = new ArrayList<>();
        for (AiDocument d : pool.docs) docTexts.add(d.title() + "\n" + String.join("\n", d.paragraphs()));
        Set<String> lowercase = lowercaseWords(text);
        double[] central = pool.centrality();
        record Found(String name, String type, int articles, int mentions, int sentence) {}
        List<Found> found = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (Hashtag h : hashtagger.tag(pool.docs.get(0).title(), paragraphs, CANDIDATES)) candidates.add(h.label());
        for (String w : standalone(pool, candidates)) if (!candidates.contains(w)) candidates.add(w);
        for (String candidate : candidates) {
            String name = candidate.replaceAll("[’'‘“”\"]+$", "").replaceAll("^[’'‘“”\"]+", "");
            if (name.length() < 2 || found.stream().anyMatch(f -> f.name().equals(name))) continue;
            if (!name.contains(" ") && lowercase.contains(name.toLowerCase(Locale.ROOT))) continue; // a headline word, not a name
            Pattern mention = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
            String type = type(name, mention, pool, text);
            if (type == null) continue;
            int best = -1, mentions = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                String sentence = pool.items.get(i).text();
                if (!sentence.contains(name)) continue;
                Matcher m = mention.matcher(sentence);
                boolean alone = false;
                while (!alone && m.find()) alone = !partOfLongerName(sentence, m.start(), m.end());
                if (!alone) continue;
                mentions++;
                double s = introduction(sentence, m.start(), m.end(), type) + 0.5 * central[i]
                        + 0.5 * SentencePool.position(pool.items.get(i).position())
                        - (Sentences.words(sentence) > 40 ? 0.5 : 0);
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) continue;
            int articles = 0;
            for (String d : docTexts) if (d.contains(name) && mention.matcher(d).find()) articles++;
            found.add(new Found(name, type, articles, mentions, best));
        }
        found.sort(Comparator.comparingInt(Found::articles).reversed().thenComparing(Comparator.comparingInt(Found::mentions).reversed()));
        // citations are numbered in the order entries are shown
        Citations citations = new Citations(pool.docs);
        List<WhosWho.Entry> people = new ArrayList<>(), orgs = new ArrayList<>(), places = new ArrayList<>();
        for (String type : List.of("person", "organisation", "place")) {
            List<WhosWho.Entry> group = type.equals("person") ? people : type.equals("organisation") ? orgs : places;
            int cap = type.equals("person") ? PEOPLE : type.equals("organisation") ? ORGANISATIONS : PLACES;
            for (Found f : found) {
                if (!f.type().equals(type) || group.size() >= cap) continue;
                SentencePool.Item it = pool.items.get(f.sentence());
                group.add(new WhosWho.Entry(f.name(), type, f.articles(), citations.cite(it.text(), it.doc())));
            }
        }
        return new WhosWho(people, orgs, places, citations.sources());
    }

    /**
     * Weighs the evidence of every mention: what stands before and after the name, the words of the
     * name itself, and whether its last word is used alone (as surnames are). Null when nothing
     * says what it is.
     */
    static String type(String name, Pattern mention, SentencePool pool, String text) {
        double person = 0, org = 0, place = 0;
        boolean locative = false;
        String[] words = name.split(" ");
        for (String w : words) if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) org += 3;
        if (name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))) org += 2;
        if (words.length >= 2 && words.length <= 3 && org == 0) person += 0.5;
        if (words.length == 1) place += 0.3;
        if (words.length >= 2 && org == 0) {
            String last = words[words.length - 1];
            Matcher alone = Pattern.compile("(?<![\\p{L}\\p{N}] )(?<![\\p{L}\\p{N}])" + Pattern.quote(last) + "(?![\\p{L}\\p{N}])").matcher(text);
            String first = words[words.length - 2];
            while (alone.find()) {
                String before = text.substring(Math.max(0, alone.start() - first.length() - 1), alone.start());
                if (!before.strip().endsWith(first)) {
                    person += 1.5;
                    break;
                }
            }
        }
        for (SentencePool.Item it : pool.items) {
            if (!it.text().contains(name)) continue;
            Matcher m = mention.matcher(it.text());
            while (m.find()) {
                if (partOfLongerName(it.text(), m.start(), m.end())) continue; // "Larkhaven" in "the Larkhaven Port Authority"
                String before = lastWord(it.text().substring(0, m.start()));
                String after = it.text().substring(m.end());
                if (before.equals("the")) org += 1;
                if (ROLES.contains(before)) person += 2;
                if (PLACE_BEFORE.contains(before)) {
                    boolean weak = before.equals("at") || before.equals("of") || before.equals("to");
                    place += weak ? 0.4 : 1;
                    locative |= !weak;
                }
                if (after.startsWith(", who")) person += 2;
                else if (after.startsWith(", which")) org += 1;
                else if (APPOSED.matcher(after).lookingAt()) person += 0.7;
                String next = firstWord(after);
                if (SPEECH.contains(next)) {
                    person += 0.7;
                    org += 0.3;
                }
                if (after.startsWith("’s ") || after.startsWith("'s ")) {
                    String owned = firstWord(after.substring(3));
                    if (Set.of("mayor", "city", "government", "residents", "streets", "centre", "port", "region").contains(owned)) place += 1;
                }
            }
        }
        if (!locative) place = Math.min(place, 0.9); // "of Gulls" in a title is no town
        double max = Math.max(person, Math.max(org, place));
        if (max < 1.0) return null;
        return max == person ? "person" : max == org ? "organisation" : "place";
    }

    /** How well a sentence says who or what the name is: an apposition or a role before it. */
    private static double introduction(String sentence, int start, int end, String type) {
        String after = sentence.substring(end);
        String before = lastWord(sentence.substring(0, start));
        double s = 0;
        if (INTRODUCED.matcher(after).lookingAt()) s += 2;
        if (ROLES.contains(before)) s += 1.5;
        if (type.equals("place") && PLACE_BEFORE.contains(before)) s += 0.5;
        if (start == 0) s += 0.3;
        return s;
    }

    /** The mention runs on into other capitalised words, past a sentence's first word or a role ("Mayor"). */
    static boolean partOfLongerName(String text, int start, int end) {
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) return true;
        if (start < 2 || text.charAt(start - 1) != ' ') return false;
        int i = start - 1;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        String before = text.substring(i, start - 1);
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0)) || i == 0) return false;
        return !ROLES.contains(letters(before, 0, before.length()));
    }

    private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:(?:of|de|du|van|von|&|the|and)\\s+)?\\p{Lu}[\\p{L}’'-]+)*");

    /**
     * Single capitalised words used on their own at least twice past a sentence's start: a town
     * that also opens an organisation's name ("Larkhaven" in "the Larkhaven Port Authority"),
     * which the hashtagger folds into the longer name.
     */
    private static List<String> standalone(SentencePool pool, List<String> names) {
        Set<String> lastWords = new java.util.HashSet<>();
        for (String n : names) {
            int space = n.lastIndexOf(' ');
            if (space > 0) lastWords.add(n.substring(space + 1)); // a surname used alone is its person, not someone else
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (SentencePool.Item it : pool.items) {
            Matcher m = RUN.matcher(it.text());
            while (m.find()) {
                if (m.start() == 0 || m.group().contains(" ")) continue;
                String w = m.group().replaceAll("[’']s?$", "");
                if (w.length() >= 3 && !ROLES.contains(w.toLowerCase(Locale.ROOT)) && !lastWords.contains(w)) counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= 2) out.add(w);
        });
        return out;
    }

    private static final Pattern APPOSED = Pattern.compile(", (the|a|an) \\p{Ll}");
    private static final Pattern INTRODUCED = Pattern.compile(", (the|a|an|who|which|whose) ");

    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return letters(text, start, end);
    }

    private static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return letters(text, start, end);
    }

    private static String letters(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static Set<String> lowercaseWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
