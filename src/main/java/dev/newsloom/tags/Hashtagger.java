package dev.newsloom.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what an article is about as a handful of hashtags: the people, organisations and places
 * it names, merged across variants ("Dmitry Peskov", "Peskov", "Mr Peskov"), ranked by where and
 * how often they appear, plus a key word of the headline the body keeps returning to.
 */
public final class Hashtagger {
    public static final int DEFAULT_LIMIT = 5;
    private static final Pattern CREDIT = Pattern.compile(
            "\\(?(?i:(additional )?(reporting|writing|editing|compiled|translated|research)) by [^\\n]{0,200}\\)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\-]+");

    /** Capitalised words that open sentences or label things without naming anyone. */
    private static final Set<String> NOT_NAMES = words(
            "neither nor either the a an it its he she they we i you this that these those there here but and or so yet in on at for"
            + " after before when while as if by with from of to according asked meanwhile however still now then"
            + " also some many most other others one two three several more less no not what who why how where"
            + " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
            + " july august september october november december today yesterday tomorrow tonight officials police"
            + " residents analysts critics experts investors lawmakers researchers scientists witnesses fans"
            + " supporters players workers doctors file photo update updated breaking exclusive live watch read"
            + " advertisement mr mrs ms dr his her their our my your all both each every any despite during under"
            + " over until since because although though once even just only first last next new earlier later"
            + " speaking writing reporting");
    /** Lower-case words that join the words of one name ("Bank of Veltra"); none opens a name. */
    private static final Set<String> CONNECTORS = words("of the de del der van von la le du da al bin for and");
    private static final Set<String> STOPWORDS = words(
            "about above after again against among around because before being below between could during every"
            + " first former further having their there these those three through under until which while would"
            + " should said says saying since where other another still years year people time today week month"
            + " over into than then them they this that with from have will were been what when also more most"
            + " some such only very just like many much made make across amid despite officials news report"
            + " reports according told statement added expected");

    public List<Hashtag> tag(String title, List<String> paragraphs) {
        return tag(title, paragraphs, DEFAULT_LIMIT);
    }

    public List<Hashtag> tag(String title, List<String> paragraphs, int limit) {
        String body = String.join("\n", paragraphs);
        String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        Set<String> lowercaseWords = lowercaseWords(title + "\n" + body);

        Map<String, Candidate> byName = new LinkedHashMap<>();
        boolean titleCase = isTitleCase(title);
        if (!titleCase) collect(title == null ? "" : title, 3.0, true, lowercaseWords, byName);
        collect(lead, 2.0, false, lowercaseWords, byName);
        for (int i = 1; i < paragraphs.size(); i++) {
            if (!isCredit(paragraphs.get(i))) collect(paragraphs.get(i), 1.0, false, lowercaseWords, byName);
        }
        // In a Title Case headline every word is capitalised, so it cannot tell a name from a word
        // ("Wild Bee Numbers Fall"): it only lifts the names the body has.
        if (titleCase) {
            String spaced = " " + String.join(" ", plainWords(title)) + " ";
            for (Candidate c : byName.values()) {
                if (!spaced.contains(" " + String.join(" ", plainWords(c.name)) + " ")) continue;
                c.weight += 3.0;
                c.mentions++;
                c.inTitle = true;
            }
        }
        mergeVariants(byName);

        List<Hashtag> out = new ArrayList<>();
        for (Candidate c : byName.values()) {
            if (c.mergedInto != null) continue;
            // a single word seen once, outside the headline, is too weak to name the article
            if (c.mentions < 2 && !c.inTitle && !c.name.contains(" ")) continue;
            // one capitalised word never seen but at the start of a sentence is an ordinary word
            if (c.onlyAtSentenceStart && !c.name.contains(" ")) continue;
            double score = c.weight + (c.name.contains(" ") ? 0.5 : 0) + (c.inTitle ? 1.0 : 0);
            out.add(Hashtag.of(c.name, score));
        }
        Hashtag keyword = keyword(title, body, byName);
        if (keyword != null) out.add(keyword);
        out.sort(Comparator.comparingDouble(Hashtag::score).reversed().thenComparing(Hashtag::tag));
        List<Hashtag> unique = new ArrayList<>();
        for (Hashtag h : out) {
            if (unique.stream().noneMatch(u -> u.key().equals(h.key()))) unique.add(h);
            if (unique.size() == limit) break;
        }
        return unique;
    }

    private static final class Candidate {
        final String name;
        double weight;
        int mentions;
        boolean inTitle;
        boolean onlyAtSentenceStart = true;
        Candidate mergedInto;

        Candidate(String name) {
            this.name = name;
        }
    }

    private static void collect(String text, double weight, boolean title, Set<String> lowercaseWords,
            Map<String, Candidate> byName) {
        for (NameFinder.Mention m : NameFinder.find(text)) {
            // a quotation of capitalised words is a title and keeps them all ("The Long Shore"); one quoted word is checked as any
            String name = m.quoted() && m.name().contains(" ") ? m.name()
                    : cleanup(m.name(), m.sentenceStart() || title, lowercaseWords);
            if (name == null) continue;
            Candidate c = byName.computeIfAbsent(name, Candidate::new);
            c.weight += weight;
            c.mentions++;
            c.inTitle |= title;
            // "The Kremlin said": the name is capitalised after the sentence's first word, so it is a name
            c.onlyAtSentenceStart &= m.sentenceStart() && m.name().startsWith(name);
        }
    }

    /**
     * Drops leading words that only look like names because they open a sentence or a headline
     * ("After Veltra", "Officials"), a group of people that a name only qualifies ("Organisers of
     * the Kirrmont Music Festival" is the festival), and single words that the text also uses in
     * lower case or that say what someone is ("Prosecutors").
     */
    private static String cleanup(String name, boolean mayStartWithCommonWord, Set<String> lowercaseWords) {
        String[] words = name.split(" ");
        int from = 0;
        while (from < words.length) {
            String lower = words[from].toLowerCase(Locale.ROOT);
            boolean common = NOT_NAMES.contains(lower)
                    || (mayStartWithCommonWord && from == 0 && lowercaseWords.contains(lower));
            boolean groupOf = from + 1 < words.length && "of".equals(words[from + 1])
                    && Titles.isPeopleNoun(words[from]);
            if (!common && !groupOf) break;
            from++;
            while (from < words.length && CONNECTORS.contains(words[from])) from++;
        }
        if (from == words.length) return null;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        if (rest.length() < 3 || rest.chars().allMatch(Character::isDigit)) return null;
        if (!rest.contains(" ") && lowercaseWords.contains(rest.toLowerCase(Locale.ROOT))) return null;
        // "The Prime Minister", "Chief Executive": a title without the name it goes with
        String[] kept = rest.split(" ");
        if (Arrays.stream(kept).allMatch(Titles::isTitleWord) && Arrays.stream(kept).anyMatch(Titles::isRole)) return null;
        if (rest.equals(rest.toUpperCase(Locale.ROOT)) && rest.length() > 6 && rest.contains(" ")) return null; // SHOUTED HEADLINES
        return rest;
    }

    /** "Peskov" and "Mr Peskov" join "Dmitry Peskov": a shorter name that is a word run of exactly one longer name. */
    private static void mergeVariants(Map<String, Candidate> byName) {
        List<Candidate> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingInt((Candidate c) -> c.name.length()));
        for (Candidate shorter : all) {
            if (shorter.mergedInto != null) continue;
            Candidate target = null;
            int matches = 0;
            for (Candidate longer : all) {
                if (longer == shorter || longer.mergedInto != null || longer.name.length() <= shorter.name.length()) continue;
                if ((" " + longer.name + " ").contains(" " + shorter.name + " ")) {
                    matches++;
                    if (target == null || longer.weight > target.weight) target = longer;
                }
            }
            if (target != null && matches <= 2) {
                target.weight += shorter.weight;
                target.mentions += shorter.mentions;
                target.inTitle |= shorter.inTitle;
                target.onlyAtSentenceStart &= shorter.onlyAtSentenceStart;
                shorter.mergedInto = target;
            }
        }
    }

    /** The headline word the body repeats most (#Ceasefire), when it is not already part of a name. */
    private static Hashtag keyword(String title, String body, Map<String, Candidate> names) {
        if (title == null) return null;
        Map<String, Integer> bodyCounts = new HashMap<>();
        Matcher m = WORD.matcher(body.toLowerCase(Locale.ROOT));
        while (m.find()) bodyCounts.merge(m.group(), 1, Integer::sum);
        String best = null;
        int bestCount = 2;
        Matcher t = WORD.matcher(title);
        while (t.find()) {
            String w = t.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.length() < 5 || STOPWORDS.contains(lower) || NOT_NAMES.contains(lower)) continue;
            // a word for people is no topic (#Prosecutors), whatever the body repeats
            if (Titles.isRole(lower) || Titles.isPeopleNoun(lower)) continue;
            if (Character.isUpperCase(w.charAt(0)) && names.containsKey(w)) continue;
            boolean inName = names.keySet().stream().anyMatch(n -> (" " + n.toLowerCase(Locale.ROOT) + " ").contains(" " + lower + " "));
            if (inName) continue;
            int count = bodyCounts.getOrDefault(lower, 0);
            if (count > bestCount) {
                best = lower;
                bestCount = count;
            }
        }
        if (best == null) return null;
        return Hashtag.of(best.substring(0, 1).toUpperCase(Locale.ROOT) + best.substring(1), 1.5 + 0.25 * bestCount);
    }

    /** "(Reporting by Tomas Thornbury; editing by Ilse Ostrand)": who wrote the article, not what it is about. */
    private static boolean isCredit(String paragraph) {
        return CREDIT.matcher(paragraph.strip()).matches();
    }

    /** "Wild Bee Numbers Fell Sharply Over 4 Years": nearly every longer word capitalised. */
    static boolean isTitleCase(String title) {
        if (title == null) return false;
        int longer = 0, capitalised = 0;
        for (String w : plainWords(title)) {
            if (w.length() < 4) continue;
            longer++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return longer >= 3 && capitalised >= 0.8 * longer;
    }

    /** The words of a text without punctuation or digits ("Veltra’s" → "Veltra"). */
    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(java.util.Arrays.asList(spaceSeparated.split(" ")));
    }

    private static Set<String> lowercaseWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0))) out.add(w);
        }
        return out;
    }
}
