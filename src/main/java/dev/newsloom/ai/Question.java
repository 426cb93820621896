package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for: a figure (a sum, a share), a date, a person, a place, or anything;
 * its content words; and the names it is about, which an answer's article must mention.
 */
record Question(String text, Expects expects, List<String> words, List<String> names, List<String> figures, String focus) {
    enum Expects { MONEY, PERCENT, DURATION, COUNT, NUMBER, DATE, PERSON, PLACE, ANY }

    /** In code points, as the site counts a question's characters (an emoji is one). */
    static final int MAX_LENGTH = 300;
    private static final Pattern MONEY = Pattern.compile("^(how much|what)\\b.*\\b(cost|costs|pay|paying|paid|raise|raised|worth|price|priced|fine|fines|budget|spend|spent|fund|value|valued|earn|earned|sum|charge|charges for)\\b|^how much (money|did it cost|does it cost)"
            + "|^how (big|large|small)\\b.*\\b(fund|deal|budget|fine|fines|loan|debt|bill|package|payout|grant|investment|bonus|settlement|contract)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\b(share|percent|percentage|proportion|turnout|what fraction)\\b"
            + "|^(by )?how much\\b.*\\b(rise|rose|risen|fall|fell|fallen|drop|dropped|cut|grow|grew|grown|increase|increased|decrease|decreased|decline|declined|climb|climbed|gain|gained|jump|jumped|slip|slipped)\\b");
    private static final Pattern NUMBER = Pattern.compile("^(how (many|much|long|big|large|heavy|old|often|far|high|fast|tall|deep)|by how much|over how many|on how many|in how many|for how many|what (was|is|were|are) the (magnitude|number|size|score|total|figure|count|amount|length|weight|height|cost|price|budget|turnout))\\b");
    private static final Pattern DURATION_Q = Pattern.compile("^(how long|how often|(over|for|in|within) how many (seconds|minutes|hours|days|weeks|months|years)|how many (seconds|minutes|hours|days|weeks|months|years))\\b");
    private static final Pattern DATE = Pattern.compile("^(when|what (day|date|time|year|month)|on (what|which) (day|date)|since when|until when)\\b");
    private static final Pattern PERSON = Pattern.compile("^(who|whom|whose)\\b");
    private static final Pattern PLACE = Pattern.compile("^(where|in (what|which) (city|town|place|country|region))\\b");
    private static final Set<String> NOT_NAMES = Set.of("how", "what", "who", "whom", "whose", "when", "where", "why", "which",
            "is", "are", "was", "were", "did", "does", "do", "can", "could", "will", "would", "has", "have", "had", "the", "a",
            "an", "in", "on", "at", "of", "by", "for", "i", "and", "or", "over", "after", "before", "since");
    private static final Pattern NAME_RUN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+(?:of|de|du|la|le|van|von|&|the)?\\s*[\\p{Lu}][\\p{L}\\p{M}'’.-]*)*");
    private static final Pattern QUOTED = Pattern.compile("[‘“'\"]([^‘’“”'\"]{2,80})[’”'\"]");

    static Question parse(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        String lower = text.toLowerCase(Locale.ROOT);
        String asked = text;
        List<String> named = names(text);
        Expects expects;
        if (DATE.matcher(lower).find()) expects = Expects.DATE;
        else if (lower.matches("^(who|what) (is|was|are|were) [^,;]{2,60}\\??$") && !named.isEmpty()
                && Words.content(asked).stream().allMatch(w -> named.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(w)))) {
            expects = Expects.ANY; // "Who is Tomas Brandt?" asks for what the coverage says of him
        }
        else if (PERSON.matcher(lower).find()) expects = Expects.PERSON;
        else if (PLACE.matcher(lower).find()) expects = Expects.PLACE;
        else if (NUMBER.matcher(lower).find() || lower.startsWith("what share") || lower.startsWith("what percentage")) {
            expects = MONEY.matcher(lower).find() ? Expects.MONEY : PERCENT.matcher(lower).find() ? Expects.PERCENT
                    : DURATION_Q.matcher(lower).find() ? Expects.DURATION
                    : lower.matches("^((over|on|in|for|by|with) )?how many\\b.*") ? Expects.COUNT : Expects.NUMBER;
        } else if (lower.startsWith("what") && PERCENT.matcher(lower).find()) expects = Expects.PERCENT;
        else expects = Expects.ANY;
        List<String> names = names(text);
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (String n : names) nameWords.addAll(Words.content(n));
        // the names say what the question is about, which the answer's article must mention anyway; the other words say what it asks
        List<String> words = Words.content(text).stream().filter(w -> !nameWords.contains(w)).toList();
        return new Question(text, expects, words, names, Numbers.significantKeys(text), focus(lower, nameWords));
    }

    private static final Pattern FOCUS = Pattern.compile("^(?:how (?:many|much|big|large|heavy|long|old|often|far|high)"
            + "|(?:over|on|in|for|by) how (?:many|much)|what (?:was|is|were|are) (?:the|a)|what share of the|what percentage of the"
            + "|what(?: kind of)?|which|who|where|when)\\s+(?:of\\s+)?(?:the\\s+|a\\s+|an\\s+)?([\\p{L}-]+)");

    /** Nouns that measure rather than name what is asked ("how many times"). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("time", "way", "kind", "sort", "type", "lot", "part");

    /** The noun the question turns on: "ballots" in "How many ballots were cast ...?". */
    private static String focus(String lower, java.util.Set<String> nameWords) {
        Matcher m = FOCUS.matcher(lower);
        if (!m.find()) return null;
        String w = Words.stem(m.group(1));
        if (Words.isStopword(m.group(1)) || Words.isStopword(w) || nameWords.contains(w) || GENERIC.contains(w)) return null;
        return w;
    }

    boolean isUsable() {
        return words.size() + names.size() >= 1 && text.chars().filter(Character::isLetter).count() >= 3;
    }

    /** Capitalised runs after the first word, and quoted titles: what the question is about by name. */
    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) out.add(q.group(1).strip());
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            String run = m.group().strip().replaceAll("[’'.]s?$", "");
            String[] words = run.split("\\s+");
            int from = 0;
            while (from < words.length && NOT_NAMES.contains(words[from].toLowerCase(Locale.ROOT))) from++;
            if (from == words.length) continue;
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (m.start() == 0 && from == 0 && words.length == 1) continue; // "Tell me ..." opens the question
            if (out.stream().noneMatch(o -> o.contains(name))) out.add(name);
        }
        return out;
    }
}
